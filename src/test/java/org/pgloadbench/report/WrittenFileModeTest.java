package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.result.ResultFiles;

/**
 * Result files, charts and pages get the mode of any file the user creates (the umask's), not
 * the 0600 of a temporary file: others the user shares results and charts with can read them.
 */
class WrittenFileModeTest {
    @TempDir
    Path directory;

    @Test
    void resultFileChartsAndPagesHaveTheUsersNormalMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
        System.setProperty("java.awt.headless", "true");
        Path fixture = directory.resolve("fixture.json");
        try (InputStream in = getClass().getResourceAsStream("/results/small-run.json")) {
            Files.copy(in, fixture);
        }

        Path results = directory.resolve("results");
        Path resultFile = ResultFiles.write(results, "run", ResultFiles.read(fixture));
        assertEquals(normalMode(results), mode(resultFile), resultFile.toString());
        assertEquals(mode(resultFile), mode(ResultFiles.jmhBeside(resultFile)), "JMH's array beside it");

        Path charts = directory.resolve("charts");
        List<Path> rendered = Reporter.render(List.of(resultFile), charts);
        Set<PosixFilePermission> normal = normalMode(charts);
        for (Path file : rendered) {
            assertEquals(normal, mode(file), file.toString());
        }
    }

    private static Set<PosixFilePermission> normalMode(Path directory) throws IOException {
        return mode(Files.createFile(directory.resolve("created-normally")));
    }

    private static Set<PosixFilePermission> mode(Path file) throws IOException {
        return Files.readAttributes(file, PosixFileAttributes.class).permissions();
    }
}
