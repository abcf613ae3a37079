package org.pgloadbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.pgloadbench.result.ResultFiles;

/** Runs the shaded jar's launcher in its own JVM, as run-bench.sh does, and captures what it says. */
final class LauncherProcess {
    record Outcome(int exitCode, String output) {}

    /*
     * A build started as a background job by a shell without job control (nohup ... &, as Jenkins and
     * many schedulers start builds) inherits SIGINT ignored, and so would every launcher a test starts:
     * a JVM installs no handler for a signal it starts with ignored, so the Ctrl-C a test sends would be
     * lost. Each launcher is therefore started through perl, which resets SIGINT to its default and
     * execs the JVM in its place (same pid). bash cannot: a signal ignored on entry to a non-interactive
     * shell can be neither trapped nor reset. Where SIGINT is not ignored nothing is put in front.
     */
    private static final List<String> WITH_DEFAULT_SIGINT = sigintIgnored() && perlAvailable()
            ? List.of(
                    "perl",
                    "-e",
                    "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec $ARGV[0]: $!\\n\";",
                    "--")
            : List.of();

    private LauncherProcess() {}

    /** Whether a Ctrl-C a test sends reaches the launchers it starts; where not, the tests that send one skip, saying why. */
    static boolean sigintReachesLaunchers() {
        return !sigintIgnored() || perlAvailable();
    }

    static final String SIGINT_IGNORED =
            "SIGINT is ignored in this build (started as a background job without job control) "
                    + "and there is no perl to reset it for the launcher";

    private static boolean perlAvailable() {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(directory -> java.nio.file.Files.isExecutable(Path.of(directory, "perl")));
    }

    /** Whether this JVM was started with SIGINT ignored: bit 2 of the SigIgn mask in /proc/self/status (Linux). */
    static boolean sigintIgnored() {
        try {
            return java.nio.file.Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("SigIgn:"))
                    .anyMatch(line -> (Long.parseUnsignedLong(
                                            line.substring("SigIgn:".length()).strip(), 16)
                                    & 0b10)
                            != 0);
        } catch (IOException e) {
            return false; // no /proc: not Linux, where the tests are run by hand from a terminal
        }
    }

    /** A launcher still running, whose output is collected as it comes. */
    static final class Running {
        final Process process;
        private final StringBuffer output = new StringBuffer();
        private final Thread reader;

        private Running(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (var in = new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
                    char[] chunk = new char[8192];
                    for (int n; (n = in.read(chunk)) >= 0; ) {
                        output.append(chunk, 0, n);
                    }
                } catch (IOException e) {
                    output.append("(output lost: ").append(e.getMessage()).append(')');
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String output() {
            return output.toString();
        }

        /**
         * For a test's clean-up: a launcher a failed test left running gets SIGTERM (its shutdown hook
         * stops its server), then, if it is still there after 30 s, is killed with what it started.
         */
        void stopIfRunning() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        }
    }

    static Running start(Path workingDirectory, String... arguments) throws IOException {
        return start(workingDirectory, Map.of(), arguments);
    }

    /** With {@code environment} added to this JVM's own. */
    static Running start(Path workingDirectory, Map<String, String> environment, String... arguments)
            throws IOException {
        String jar = System.getProperty("benchmarks.jar");
        if (jar == null) {
            throw new IllegalStateException("run through Maven's failsafe plugin, which passes -Dbenchmarks.jar");
        }
        List<String> command = new ArrayList<>(WITH_DEFAULT_SIGINT);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp",
                jar,
                Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new Running(builder.start());
    }

    /** The result files a run wrote into {@code directory}, in name order (oldest first); its logs and JMH arrays are left out. */
    static List<Path> resultFilesIn(Path directory) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory)) {
            return files.filter(ResultFiles::isResultFile).sorted().toList();
        }
    }

    /**
     * The benchmarks of the first result file in {@code results}, in order, each as the values of
     * {@code parameters} joined by spaces ({@code "COPY_BINARY 2000"}).
     */
    static List<String> benchmarks(Path results, String... parameters) throws IOException {
        JsonNode result =
                new ObjectMapper().readTree(resultFilesIn(results).get(0).toFile());
        List<String> benchmarks = new ArrayList<>();
        result.path("jmh")
                .forEach(benchmark -> benchmarks.add(Arrays.stream(parameters)
                        .map(name -> benchmark.path("params").path(name).asText())
                        .collect(Collectors.joining(" "))));
        return benchmarks;
    }

    /** A run kept tiny and to itself, run to its end: see {@link #tiny}. */
    static Outcome tinyRun(Path directory, int loads, String... options) throws IOException, InterruptedException {
        return run(directory, tiny(directory, loads, options));
    }

    /**
     * The arguments of a run kept tiny and to itself: {@code options}, then results and charts under
     * {@code directory}, then JMH's {@code -wi 0 -i loads -f 1}.
     */
    static String[] tiny(Path directory, int loads, String... options) {
        List<String> arguments = new ArrayList<>(List.of(options));
        arguments.addAll(List.of(
                "--results-dir",
                directory.resolve("results").toString(),
                "--charts-dir",
                directory.resolve("charts").toString(),
                "--",
                "-wi",
                "0",
                "-i",
                String.valueOf(loads),
                "-f",
                "1"));
        return arguments.toArray(String[]::new);
    }

    static Outcome run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        return run(workingDirectory, Map.of(), arguments);
    }

    static Outcome run(Path workingDirectory, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        Running running = start(workingDirectory, environment, arguments);
        if (!running.process.waitFor(5, TimeUnit.MINUTES)) {
            running.process.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish in 5 minutes:\n" + running.output());
        }
        running.reader.join();
        return new Outcome(running.process.exitValue(), running.output());
    }
}
