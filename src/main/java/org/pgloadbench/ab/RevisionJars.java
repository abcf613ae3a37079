package org.pgloadbench.ab;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pgloadbench.UserError;

/**
 * The benchmark jar of each revision. The working tree's is the running launcher's own classpath
 * (run-bench.sh has just rebuilt it if the sources changed); a commit's is built once from an
 * exported copy of its files, with its own Maven wrapper and this JVM's JDK, and kept under the
 * clone's {@code target/ab/} by commit, so a second A/B run against the same base builds nothing.
 */
public final class RevisionJars {
    private final GitRepository repository;
    private final Path scratch;
    private final Path log;

    /** @param scratch where commits are exported and built; @param log where Maven's output goes */
    public RevisionJars(GitRepository repository, Path scratch, Path log) {
        this.repository = repository;
        this.scratch = scratch;
        this.log = log;
    }

    /** The classpath that runs {@code revision}'s launcher. */
    public String classpathOf(Revision revision, PrintStream progress) throws IOException {
        if (revision.isWorkingTree()) {
            return System.getProperty("java.class.path");
        }
        Path jar = repository.root().resolve("target").resolve("ab").resolve(revision.commit() + ".jar");
        if (Files.isRegularFile(jar)) {
            progress.printf(
                    "Using %s's jar built earlier (%s).%n",
                    revision.label(), repository.root().relativize(jar));
            return jar.toString();
        }
        progress.printf("Building %s's jar (Maven's output goes to %s)...%n", revision.label(), log);
        Path source = Files.createDirectories(scratch.resolve(revision.commit()));
        repository.export(revision, source);
        build(revision, source);
        try {
            Files.createDirectories(jar.getParent());
            Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
            Files.copy(
                    source.resolve("target").resolve("benchmarks.jar"), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(
                    "cannot keep " + revision.label() + "'s jar in " + jar.getParent() + ": " + e.getMessage(), e);
        }
        return jar.toString();
    }

    private void build(Revision revision, Path source) throws IOException {
        List<String> command = new ArrayList<>(maven(source));
        command.addAll(List.of(
                "-B",
                "-Dmaven.test.skip=true",
                "package")); // its tests neither compiled nor run: only the jar is needed
        Files.writeString(
                log,
                "\n$ " + String.join(" ", command) + "   # " + revision.label() + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(source.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int status;
        try {
            status = ChildProcess.run(builder);
        } catch (IOException e) {
            throw new UserError(
                    "cannot build " + revision.label() + ": " + command.get(0) + " cannot be run (" + e.getMessage()
                            + ")",
                    e);
        }
        if (status != 0 || !Files.isRegularFile(source.resolve("target").resolve("benchmarks.jar"))) {
            throw new UserError(revision.label() + " does not build"
                    + firstError().map(error -> " (" + error + ")").orElse("") + "; Maven's output is in " + log);
        }
    }

    /** MVN as run-bench.sh reads it, else the revision's own Maven wrapper, else mvn on PATH. */
    private static List<String> maven(Path source) {
        String chosen = System.getenv("MVN");
        if (chosen != null && !chosen.isBlank()) {
            return Arrays.asList(chosen.strip().split("\\s+"));
        }
        Path wrapper = source.resolve(File.separatorChar == '\\' ? "mvnw.cmd" : "mvnw");
        return List.of(Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
    }

    /** Maven's first {@code [ERROR]} line of this build, the one that usually says what broke. */
    private Optional<String> firstError() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int start = lines.lastIndexOf(lines.stream()
                .filter(line -> line.startsWith("$ "))
                .reduce((a, b) -> b)
                .orElse(""));
        return lines.subList(Math.max(0, start), lines.size()).stream()
                .filter(line -> line.startsWith("[ERROR] "))
                .map(line -> line.substring("[ERROR] ".length()).strip())
                .filter(line -> !line.isEmpty())
                .findFirst();
    }
}
