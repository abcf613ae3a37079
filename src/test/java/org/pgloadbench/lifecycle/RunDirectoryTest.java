package org.pgloadbench.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class RunDirectoryTest {
    @Test
    void removesWhatDeadRunsLeftAndSaysSo() throws Exception {
        Files.createDirectories(RunDirectory.parent());
        // pid 1 is alive, but not since 1970: a launcher whose pid was recycled is gone too.
        Path leftover = Files.createDirectories(RunDirectory.parent().resolve("1-deadbeef"));
        Files.writeString(leftover.resolve("launcher"), "1 1970-01-01T00:00:00Z");
        Files.createDirectories(leftover.resolve("data"));
        Files.writeString(leftover.resolve("data").resolve("PG_VERSION"), "18");
        Path foreign = Files.createDirectories(RunDirectory.parent().resolve("not-a-run"));
        ByteArrayOutputStream notices = new ByteArrayOutputStream();

        try (RunDirectory run = RunDirectory.create(new PrintStream(notices, true, StandardCharsets.UTF_8))) {
            assertFalse(Files.exists(leftover));
            assertTrue(notices.toString(StandardCharsets.UTF_8)
                    .contains("Removed " + leftover + ", left behind by an earlier run"));
            assertTrue(Files.exists(foreign), "a directory without a launcher file is not ours to remove");
        } finally {
            Files.delete(foreign);
        }
    }

    @Test
    void aMarkerItCannotReadIsLeftAloneWithoutFailing() throws Exception {
        Files.createDirectories(RunDirectory.parent());
        Path odd = Files.createDirectories(RunDirectory.parent().resolve("2-garbled"));
        Files.writeString(odd.resolve("launcher"), "not a pid");
        try (RunDirectory run = RunDirectory.create(System.out)) {
            assertTrue(Files.exists(odd));
        } finally {
            Files.delete(odd.resolve("launcher"));
            Files.delete(odd);
        }
    }

    @Test
    void aLiveRunsDirectoryIsPrivateKeptByOthersAndGoneOnClose() throws Exception {
        Path path;
        try (RunDirectory run = RunDirectory.create(System.out)) {
            path = run.path();
            assertTrue(path.getFileName()
                    .toString()
                    .startsWith(ProcessHandle.current().pid() + "-"));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
            try (RunDirectory other = RunDirectory.create(System.out)) {
                assertTrue(Files.isDirectory(path), "a live launcher's directory is left alone");
                assertTrue(other.serverDataDirectory().startsWith(other.path()));
            }
        }
        assertFalse(Files.exists(path));
    }
}
