package org.pgloadbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden copies under src/test/resources/golden/: output held against a committed copy, a change
 * shown as a diff to read. Once a change is meant, {@code -Dgolden.update=true} writes the copies
 * afresh, to be committed with it.
 */
public final class GoldenFiles {
    public static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenFiles() {}

    public static void compare(Path golden, String actual) {
        try {
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected =
                    Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(no golden copy)";
            assertEquals(
                    expected,
                    actual,
                    golden + " differs; if the change is meant, regenerate with -Dgolden.update=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
