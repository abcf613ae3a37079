package org.pgloadbench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pgloadbench.BenchmarkFailure;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.server.ConnectionSettings;

/**
 * Runs one fork of one strategy with a revision's own launcher against the A/B run's server. The
 * launcher's command line and result file are the contract every revision keeps, so a base needs
 * nothing added to be measured. The password reaches it in PGPASSWORD, never on a command line;
 * its output goes to the run's log, and a failure becomes one sentence naming the revision.
 */
public final class ForkLauncher {
    private final String launcherClass;
    private final ConnectionSettings server;
    private final List<String> loadOptions;
    private final List<String> jmhOptions;
    private final Path scratch;
    private final Path log;
    private int launches;

    /**
     * @param launcherClass the main class of the command line, which every revision ab measures has
     * @param loadOptions the run's options that say what to load, as the user wrote them
     * @param jmhOptions JMH's options from after {@code --}, without a fork count: each launch runs one fork
     */
    public ForkLauncher(
            String launcherClass,
            ConnectionSettings server,
            List<String> loadOptions,
            List<String> jmhOptions,
            Path scratch,
            Path log) {
        this.launcherClass = launcherClass;
        this.server = server;
        this.loadOptions = List.copyOf(loadOptions);
        this.jmhOptions = List.copyOf(jmhOptions);
        this.scratch = scratch;
        this.log = log;
    }

    /** Runs the fork and returns its result file as written. */
    public ResultFile run(Revision revision, String classpath, String strategy) throws IOException {
        Path directory = Files.createDirectories(scratch.resolve("launch-" + ++launches));
        Path results = directory.resolve("results");
        Path output = directory.resolve("output.log");
        ProcessBuilder launcher = new ProcessBuilder(command(classpath, strategy, results, directory.resolve("charts")))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        server.exportAsLibpq(launcher.environment());
        int status = ChildProcess.run(launcher);
        List<String> lines = new ArrayList<>(Files.readAllLines(output, StandardCharsets.UTF_8));
        lines.addAll(jmhLogs(results));
        appendToLog(revision, strategy, lines);
        if (status != 0) {
            String said = Sentence.lastIn(lines).orElse("its launcher ended with exit status " + status);
            String message =
                    revision.label() + " running " + strategy + ": " + said + " (its output is in " + log + ")";
            throw status == 2 ? new UserError(message) : new BenchmarkFailure(message, null);
        }
        Optional<Path> written = Optional.empty();
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.list(results)) {
                written = files.filter(ResultFiles::isResultFile).findFirst();
            }
        }
        return ResultFiles.read(written.orElseThrow(() -> new BenchmarkFailure(
                revision.label() + " running " + strategy + " wrote no result file (its output is in " + log + ")",
                null)));
    }

    /** The JMH log a launcher writes beside its result file (revisions before the quiet console have none). */
    private static List<String> jmhLogs(Path results) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.list(results)) {
                for (Path log : files.filter(file -> file.toString().endsWith(".log"))
                        .sorted()
                        .toList()) {
                    lines.add("--- " + log.getFileName());
                    lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
                }
            }
        }
        return lines;
    }

    private List<String> command(String classpath, String strategy, Path results, Path charts) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                // The A/B launcher holds JMH's machine-wide lock for the whole run; its sides run under it.
                "-Djmh.ignoreLock=true",
                "-cp",
                classpath,
                launcherClass,
                "--jdbc-url",
                server.jdbcUrl(),
                "--results-dir",
                results.toString(),
                "--charts-dir",
                charts.toString(),
                "--strategies",
                strategy));
        command.addAll(loadOptions);
        command.add("--");
        command.addAll(jmhOptions);
        command.addAll(List.of("-f", "1"));
        return command;
    }

    private void appendToLog(Revision revision, String strategy, List<String> lines) throws IOException {
        List<String> entry = new ArrayList<>();
        entry.add("");
        entry.add("=== " + revision.label() + ", " + strategy + " (launch " + launches + ")");
        entry.addAll(lines);
        Files.write(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
