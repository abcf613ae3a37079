package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, for the tests of pages the suite writes: no network (every host name
 * resolves to nothing), no background services, a profile of its own in the test's directory, the
 * page's console logged to standard error.
 */
final class HeadlessChromium {
    static final String PATH = "/usr/bin/chromium";
    static final String NOT_INSTALLED = "Debian's chromium is not installed (.ci/run installs it)";

    /** What Chromium printed: the dumped DOM or other output, and its log with the page's console. */
    record Output(String out, String log) {}

    private HeadlessChromium() {}

    static boolean installed() {
        return Files.isExecutable(Path.of(PATH));
    }

    static Output run(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                PATH,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--enable-logging=stderr",
                "--v=0",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + directory.resolve("profile")));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(directory, "chromium", ".log");
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        return new Output(out, Files.readString(log));
    }
}
