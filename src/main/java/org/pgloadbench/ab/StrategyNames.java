package org.pgloadbench.ab;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pgloadbench.UserError;
import org.pgloadbench.strategy.Strategy;

/**
 * The strategies a revision has, read from its own strategy registry (the {@code Strategy} enum in
 * its jar, loaded in a class loader of its own), so that a strategy one side lacks is listed as
 * missing rather than sent to a launcher that would refuse it.
 */
public final class StrategyNames {
    private static final String REGISTRY = Strategy.class.getName();

    private StrategyNames() {}

    /** What an A/B run measures: the strategies asked for that both sides have, in order, and those only one side has. */
    public record Shared(List<String> compared, List<String> missingInBase, List<String> missingInHead) {}

    /** @param asked the strategies the user named, or null for every strategy either side has */
    public static Shared shared(List<String> asked, List<String> base, List<String> head) {
        Set<String> wanted = new LinkedHashSet<>(asked != null ? asked : base);
        if (asked == null) {
            wanted.addAll(head);
        }
        List<String> compared = wanted.stream()
                .filter(name -> base.contains(name) && head.contains(name))
                .toList();
        return new Shared(
                compared,
                wanted.stream().filter(name -> !base.contains(name)).toList(),
                wanted.stream().filter(name -> !head.contains(name)).toList());
    }

    public static List<String> of(Revision revision, String classpath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            urls.add(url(entry));
        }
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Object[] constants = Class.forName(REGISTRY, true, loader).getEnumConstants();
            if (constants != null) {
                return Arrays.stream(constants)
                        .map(constant -> ((Enum<?>) constant).name())
                        .toList();
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // the same refusal as below
        }
        throw new UserError(revision.label() + " has no strategy registry this launcher can read (an enum " + REGISTRY
                + "), so it predates what ab needs");
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("classpath entry " + entry + ": " + e.getMessage(), e);
        }
    }
}
