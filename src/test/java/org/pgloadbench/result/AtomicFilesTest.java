package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path directory;

    /** A zip file system has no hard links: the fallback, a move that refuses to replace, must hold. */
    @Test
    void withoutHardLinksNothingIsReplacedEither() throws IOException {
        URI zip = URI.create("jar:" + directory.resolve("results.zip").toUri());
        try (FileSystem fileSystem = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path results = fileSystem.getPath("/results");
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> Files.createLink(results.resolve("a"), results.resolve("b")));

            Path first = AtomicFiles.createNew(results, "run", ".json", text("first"));
            Path second = AtomicFiles.createNew(results, "run", ".json", text("second"));

            assertEquals(List.of("run-2.json", "run.json"), names(results));
            assertEquals("first", Files.readString(first));
            assertEquals("second", Files.readString(second));
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path page = AtomicFiles.replace(directory.resolve("page.html"), text("old"));
        assertThrows(
                IOException.class,
                () -> AtomicFiles.replace(page, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));
        assertEquals("old", Files.readString(page));
        assertEquals(List.of("page.html"), names(directory));
    }

    private static AtomicFiles.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
