package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * --target container for real, with the image docker/build-image.sh builds (.ci/run builds it and
 * starts a Docker engine): a run loads, verifies and removes its container, embedded and container
 * compare in one invocation, Ctrl-C leaves no container, and an image nobody can pull is one
 * sentence. Skipped, with the reason, only where no Docker engine or no image is here.
 */
class ContainerIT {
    private static final String IMAGE = "pgload-bench/postgres:18";

    @TempDir
    Path directory;

    private LauncherProcess.Running run;

    @BeforeAll
    static void needsDockerAndTheImage() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker engine answers here");
        assumeTrue(
                !DockerClientFactory.instance()
                        .client()
                        .listImagesCmd()
                        .withReferenceFilter(IMAGE)
                        .exec()
                        .isEmpty(),
                "no " + IMAGE + " here: build it with docker/build-image.sh");
    }

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        if (run != null) {
            run.stopIfRunning();
        }
    }

    @Test
    void embeddedAndContainerInOneInvocationAndTheContainerIsGoneAfter() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.tinyRun(
                directory,
                1,
                "--target",
                "embedded,container",
                "--image",
                IMAGE,
                "--strategies",
                "copy_binary,server_copy_file",
                "--rows",
                "300");

        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("(container) at jdbc:postgresql://"), outcome.output());
        List<Path> results = LauncherProcess.resultFilesIn(directory.resolve("results"));
        assertEquals(2, results.size(), results.toString());
        JsonNode container = new ObjectMapper().readTree(results.get(1).toFile());
        assertEquals(
                "container",
                container.path("environment").path("postgres").path("target").asText());
        assertTrue(container
                .path("environment")
                .path("postgres")
                .path("serverVersion")
                .asText()
                .startsWith("18."));
        assertEquals(
                List.of("COPY_BINARY", "SERVER_COPY_FILE"),
                container.path("summary").findValuesAsText("strategy").stream()
                        .distinct()
                        .toList(),
                "the server in the container reads the files the suite writes: the run's directory is mounted");
        assertTrue(outcome.output().contains("Comparison:"), outcome.output());
        assertNoContainerLeft();
    }

    @Test
    void ctrlCStopsTheContainer() throws Exception {
        assumeTrue(LauncherProcess.sigintReachesLaunchers(), LauncherProcess.SIGINT_IGNORED);
        run = LauncherProcess.start(
                directory,
                "--target",
                "container",
                "--image",
                IMAGE,
                "--strategies",
                "INSERT_TRANSACTION",
                "--rows",
                "200000",
                "--results-dir",
                directory.resolve("results").toString(),
                "--verbose",
                "--",
                "-wi",
                "1",
                "-i",
                "3");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!run.output().contains("# Warmup Iteration   1:")) {
            assertTrue(System.nanoTime() < deadline && run.process.isAlive(), "no load started:\n" + run.output());
            Thread.sleep(100);
        }
        assertEquals(1, containersOfTheImage().size(), "the run's container is up");

        new ProcessBuilder("kill", "-INT", String.valueOf(run.process.pid()))
                .start()
                .waitFor();

        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS), "the run did not stop:\n" + run.output());
        assertEquals(130, run.process.exitValue(), run.output());
        assertNoContainerLeft();
    }

    @Test
    void anImageNobodyCanPullIsOneSentence() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "--target",
                "container",
                "--image",
                "localhost:1/pgload-bench/no-such-image:1",
                "--results-dir",
                directory.resolve("results").toString());

        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(
                outcome.output()
                        .contains("run-bench.sh: the Docker image localhost:1/pgload-bench/no-such-image:1 is not on "
                                + "this machine and cannot be pulled"),
                outcome.output());
        assertTrue(!outcome.output().contains("\tat "), "no stack trace:\n" + outcome.output());
    }

    private static void assertNoContainerLeft() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!containersOfTheImage().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "containers left running: " + containersOfTheImage());
            Thread.sleep(200);
        }
    }

    private static List<String> containersOfTheImage() {
        return DockerClientFactory.instance()
                .client()
                .listContainersCmd()
                .withShowAll(true)
                .withAncestorFilter(List.of(IMAGE))
                .exec()
                .stream()
                .map(container -> container.getId())
                .toList();
    }
}
