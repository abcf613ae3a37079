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
import java.util.Optional;
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

    /**
     * The strategies of a revision ab can measure: one with a strategy registry and the launcher
     * {@code launcherClass} each side is run with.
     *
     * @throws UserError, in one sentence, for a revision that has either not
     */
    public static List<String> of(Revision revision, String classpath, String launcherClass) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            urls.add(url(entry));
        }
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            List<String> names = registry(loader)
                    .orElseThrow(
                            () -> new UserError(revision.label() + " has no strategy registry this launcher can read "
                                    + "(an enum " + REGISTRY + "), so it predates what ab needs"));
            if (!has(loader, launcherClass)) {
                throw new UserError(revision.label() + " has no launcher " + launcherClass
                        + " to run each side with, so it predates what ab needs");
            }
            return names;
        }
    }

    private static Optional<List<String>> registry(ClassLoader loader) {
        try {
            Object[] constants = Class.forName(REGISTRY, true, loader).getEnumConstants();
            return constants == null
                    ? Optional.empty()
                    : Optional.of(Arrays.stream(constants)
                            .map(constant -> ((Enum<?>) constant).name())
                            .toList());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static boolean has(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("classpath entry " + entry + ": " + e.getMessage(), e);
        }
    }
}
