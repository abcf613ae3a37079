package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.EmbeddedPostgresForTests;

/**
 * Faults in the middle of a measured load: the server dying, and Ctrl-C. The run must stop within
 * seconds with one sentence, leave earlier result files alone, write no half result file, and
 * leave no server, fork or data directory behind.
 */
class FaultsIT {
    /** INSERT_TRANSACTION loads of 200k rows take seconds each: there is time to interfere. */
    private static final String[] LONG_RUN = {
        "--strategies", "INSERT_TRANSACTION", "--rows", "200000", "--", "-wi", "1", "-i", "3"
    };

    private static final Path RUN_DIRECTORIES =
            Path.of(System.getProperty("java.io.tmpdir"), "pgload-bench-" + System.getProperty("user.name"));

    @TempDir
    Path directory;

    private LauncherProcess.Running run;

    /** A failed test must not leave a long run (and JMH's lock) behind for the next one. */
    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        if (run != null) {
            run.stopIfRunning();
        }
    }

    @Test
    void serverDyingMidLoadStopsTheRunWithOneSentence() throws Exception {
        Path results = directory.resolve("results");
        Files.createDirectories(results);
        Path earlier = Files.writeString(results.resolve("earlier.json"), "{\"kept\": true}");
        run = startLongRun(results);
        ProcessHandle postmaster = waitForLoad(run);

        postmaster.destroyForcibly();

        assertTrue(run.process.waitFor(20, TimeUnit.SECONDS), "the run did not stop:\n" + run.output());
        assertEquals(1, run.process.exitValue(), run.output());
        assertTrue(run.output().contains("run-bench.sh: the run failed: INSERT_TRANSACTION failed: "), run.output());
        assertTrue(run.output().contains("postmaster exit") || run.output().contains("connection"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace, not even a fork's:\n" + run.output());
        assertArrayEquals("{\"kept\": true}".getBytes(), Files.readAllBytes(earlier));
        List<Path> logs = list(results).stream()
                .filter(file -> file.toString().endsWith(".log"))
                .toList();
        assertEquals(1, logs.size(), "the run's log: " + list(results));
        assertEquals(Set.of(earlier, logs.get(0)), Set.copyOf(list(results)), "no new or half-written result file");
        assertTrue(run.output().contains("(JMH's whole output is in " + logs.get(0) + ")"), run.output());
        assertTrue(Files.readString(logs.get(0)).contains("\tat org.postgresql."), "the log keeps the detail");
        assertNothingLeft(postmaster);
    }

    /**
     * A server that quietly drops every hundredth row (a trigger an event trigger adds to every new
     * table): the load is refused by its verification, in one sentence, and no result is written.
     */
    @Test
    void aLoadThatDoesNotVerifyFailsWithOneSentence() throws Exception {
        String database = "drops_rows";
        try (Connection admin = EmbeddedPostgresForTests.server().connection().open();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        }
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl().replaceFirst("/[^/?]*$", "/" + database);
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION drop_some() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN IF random() < 0.01 THEN RETURN NULL; END IF; RETURN NEW; END $$");
            statement.execute("CREATE FUNCTION add_dropper() RETURNS event_trigger LANGUAGE plpgsql AS $$ "
                    + "DECLARE created record; BEGIN FOR created IN SELECT * FROM pg_event_trigger_ddl_commands() "
                    + "WHERE command_tag = 'CREATE TABLE' LOOP EXECUTE format('CREATE TRIGGER dropper BEFORE INSERT ON %s "
                    + "FOR EACH ROW EXECUTE FUNCTION drop_some()', created.object_identity); END LOOP; END $$");
            statement.execute("CREATE EVENT TRIGGER every_new_table ON ddl_command_end WHEN TAG IN ('CREATE TABLE') "
                    + "EXECUTE FUNCTION add_dropper()");
        }
        Path results = directory.resolve("results");

        LauncherProcess.Outcome failed = LauncherProcess.tinyRun(
                directory, 1, "--jdbc-url", url + "?user=postgres", "--strategies", "COPY_TEXT", "--rows", "5000");

        assertEquals(1, failed.exitCode(), failed.output());
        assertTrue(failed.output().contains("run-bench.sh: the run failed: COPY_TEXT failed: "), failed.output());
        assertTrue(failed.output().contains("failed verification"), failed.output());
        assertFalse(failed.output().contains("\tat "), "no stack trace, not even a fork's:\n" + failed.output());
        assertTrue(
                list(results).stream().allMatch(file -> file.toString().endsWith(".log")),
                "no result file: " + list(results));
    }

    @Test
    void ctrlCStopsTheServerAndLeavesNothingBehind() throws Exception {
        assumeTrue(LauncherProcess.sigintReachesLaunchers(), LauncherProcess.SIGINT_IGNORED);
        run = startLongRun(directory.resolve("results"));
        ProcessHandle postmaster = waitForLoad(run);
        Path dataDirectory = dataDirectoryOf(postmaster);
        assertTrue(Files.isDirectory(dataDirectory));

        new ProcessBuilder("kill", "-INT", String.valueOf(run.process.pid()))
                .start()
                .waitFor();

        assertTrue(run.process.waitFor(20, TimeUnit.SECONDS), "the run did not stop:\n" + run.output());
        assertEquals(130, run.process.exitValue(), "killed by SIGINT: 128 + 2\n" + run.output());
        assertTrue(run.output().contains("run-bench.sh: interrupted;"), run.output());
        List<String> lines = run.output().strip().lines().toList();
        assertTrue(
                lines.get(lines.size() - 1).startsWith("run-bench.sh: interrupted;"),
                "the interruption is the last line, no benchmark's after it:\n" + run.output());
        assertGoneWithin(dataDirectory.getParent());
        assertTrue(
                list(directory.resolve("results")).stream()
                        .allMatch(file -> file.toString().endsWith(".log")),
                "no result file, only the log of what ran");
        assertFalse(run.output().contains("\tat "), run.output());
        assertNothingLeft(postmaster);
    }

    /** Ctrl-C while the embedded server is still being created: as soon as the run has its directory. */
    @Test
    void ctrlCInTheFirstSecondLeavesNothingBehind() throws Exception {
        assumeTrue(LauncherProcess.sigintReachesLaunchers(), LauncherProcess.SIGINT_IGNORED);
        run = startLongRun(directory.resolve("results"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (runDirectoriesOf(run.process.pid()).isEmpty()) {
            assertTrue(System.nanoTime() < deadline && run.process.isAlive(), "no run directory:\n" + run.output());
            Thread.sleep(20);
        }
        assertFalse(run.output().contains("Server:"), "the server is still starting");

        new ProcessBuilder("kill", "-INT", String.valueOf(run.process.pid()))
                .start()
                .waitFor();

        assertTrue(run.process.waitFor(20, TimeUnit.SECONDS), "the run did not stop:\n" + run.output());
        assertTrue(run.output().contains("run-bench.sh: interrupted"), run.output());
        assertNothingOfTheRunLeft(run.process.pid());
    }

    /** An OOM kill or a cancelled job: no shutdown hook runs, yet host, forks, server and files all go. */
    @Test
    void sigkillOfTheLauncherLeavesNothingBehind() throws Exception {
        run = startLongRun(directory.resolve("results"));
        ProcessHandle postmaster = waitForLoad(run);
        List<ProcessHandle> children = run.process.descendants().toList();
        assertFalse(children.isEmpty(), "the JMH host and its fork run under the launcher");

        new ProcessBuilder("kill", "-KILL", String.valueOf(run.process.pid()))
                .start()
                .waitFor();

        assertTrue(run.process.waitFor(5, TimeUnit.SECONDS));
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).get();
            assertFalse(
                    child.isAlive(),
                    "still running: " + child.info().commandLine().orElse("?"));
        }
        postmaster.onExit().completeOnTimeout(postmaster, 15, TimeUnit.SECONDS).get();
        assertFalse(postmaster.isAlive(), "the server outlived its launcher");
        assertNothingOfTheRunLeft(run.process.pid());
    }

    /**
     * Against a server the launcher did not start, nothing breaks the forks' connections when the
     * launcher dies: only their own watch on their parent stops them loading.
     */
    @Test
    void sigkillOfTheLauncherStopsTheLoadOnAnExternalServer() throws Exception {
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres";
        run = startLongRun(directory.resolve("results"), "--jdbc-url", url);
        waitForLoadStart();
        List<ProcessHandle> children = run.process.descendants().toList();

        new ProcessBuilder("kill", "-KILL", String.valueOf(run.process.pid()))
                .start()
                .waitFor();

        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 3, TimeUnit.SECONDS).get();
            assertFalse(
                    child.isAlive(),
                    "still running 3 s after the launcher: "
                            + child.info().commandLine().orElse("?"));
        }
    }

    @Test
    void aSecondRunIsRefusedWhileOneIsMeasuring() throws Exception {
        run = startLongRun(directory.resolve("results"));
        waitForLoad(run);

        LauncherProcess.Outcome second = LauncherProcess.run(
                directory,
                "--rows",
                "10",
                "--results-dir",
                directory.resolve("second").toString());

        assertEquals(2, second.exitCode(), second.output());
        assertTrue(second.output().contains("another benchmark run holds JMH's lock"), second.output());
        assertFalse(second.output().contains("Server:"), "no second server:\n" + second.output());
    }

    /** No directory of the launcher's and no process working in one, within ten seconds of its end. */
    private static void assertNothingOfTheRunLeft(long launcherPid) throws Exception {
        String prefix = RUN_DIRECTORIES.resolve(launcherPid + "-").toString();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> left;
        do {
            Thread.sleep(200);
            left = Stream.concat(
                            runDirectoriesOf(launcherPid).stream().map(Path::toString),
                            ProcessHandle.allProcesses()
                                    .map(process -> process.info().commandLine().orElse(""))
                                    .filter(line -> line.contains(prefix)))
                    .toList();
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        assertEquals(List.of(), left, "left behind");
    }

    private static List<Path> runDirectoriesOf(long launcherPid) throws Exception {
        if (!Files.isDirectory(RUN_DIRECTORIES)) {
            return List.of();
        }
        return list(RUN_DIRECTORIES).stream()
                .filter(path -> path.getFileName().toString().startsWith(launcherPid + "-"))
                .toList();
    }

    private static void assertGoneWithin(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(path) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(Files.exists(path), path + " is still there");
    }

    private LauncherProcess.Running startLongRun(Path results, String... more) throws Exception {
        String[] arguments = Stream.of(
                        Stream.of(
                                "--results-dir",
                                results.toString(),
                                "--charts-dir",
                                directory.resolve("charts").toString()),
                        Stream.of(more),
                        Stream.of(LONG_RUN))
                .flatMap(s -> s)
                .toArray(String[]::new);
        return LauncherProcess.start(directory, arguments);
    }

    /** Waits until a measured load is under way and returns the embedded server's postmaster. */
    private ProcessHandle waitForLoad(LauncherProcess.Running run) throws Exception {
        waitForLoadStart();
        // pg_ctl daemonizes the postmaster, so it is no descendant of the launcher: find it by its port.
        Matcher port = Pattern.compile("jdbc:postgresql://localhost:(\\d+)/").matcher(run.output());
        assertTrue(port.find(), run.output());
        String portArgument = "-p " + port.group(1) + " ";
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains("bin/postgres -D"))
                .filter(process -> process.info().commandLine().orElse("").contains(portArgument))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no postmaster on port " + port.group(1)));
    }

    private static Path dataDirectoryOf(ProcessHandle postmaster) {
        String[] words = postmaster.info().commandLine().orElseThrow().split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals("-D")) {
                return Path.of(words[i + 1]);
            }
        }
        throw new AssertionError("no -D in " + postmaster.info().commandLine());
    }

    /** The console shows no JMH output; the run's log, in the results directory, does. */
    private void waitForLoadStart() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!jmhLog().contains("# Warmup Iteration   1:")) {
            assertTrue(System.nanoTime() < deadline && run.process.isAlive(), "no load started:\n" + run.output());
            Thread.sleep(100);
        }
    }

    private String jmhLog() throws Exception {
        Path results = directory.resolve("results");
        if (!Files.isDirectory(results)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Path log : list(results).stream()
                .filter(file -> file.toString().endsWith(".log"))
                .toList()) {
            text.append(Files.readString(log));
        }
        return text.toString();
    }

    /** Neither this run's server nor a benchmark fork pointed at it is still alive. */
    private void assertNothingLeft(ProcessHandle postmaster) throws Exception {
        try {
            postmaster.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the server is still running 10 s after the launcher exited", e);
        }
        Matcher port = Pattern.compile("jdbc:postgresql://localhost:(\\d+)/").matcher(run.output());
        assertTrue(port.find(), run.output());
        String url = "localhost:" + port.group(1) + "/";
        List<String> forks = ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("ForkedMain") && line.contains(url))
                .toList();
        assertEquals(List.of(), forks, "benchmark forks left behind");
    }

    private static List<Path> list(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
