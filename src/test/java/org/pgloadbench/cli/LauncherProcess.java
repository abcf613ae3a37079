package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jar's launcher in its own JVM, as run-bench.sh does, and captures what it says. */
final class LauncherProcess {
    record Outcome(int exitCode, String output) {
    }

    private LauncherProcess() {
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
    }

    static Running start(Path workingDirectory, String... arguments) throws IOException {
        return start(workingDirectory, Map.of(), arguments);
    }

    /** With {@code environment} added to this JVM's own. */
    static Running start(Path workingDirectory, Map<String, String> environment, String... arguments) throws IOException {
        String jar = System.getProperty("benchmarks.jar");
        if (jar == null) {
            throw new IllegalStateException("run through Maven's failsafe plugin, which passes -Dbenchmarks.jar");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", jar, Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new Running(builder.start());
    }

    /** The result files a run wrote into {@code directory}, in name order (oldest first); its logs are left out. */
    static List<Path> resultFilesIn(Path directory) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
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
