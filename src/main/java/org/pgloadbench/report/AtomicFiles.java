package org.pgloadbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary sibling first, then renamed into place, so
 * a failure half-way never destroys what was there. The temporary file is created here like any
 * other file, so the user's umask decides its mode ({@code Files.createTempFile} would make it
 * 0600, and the rename would carry that over to every result file, chart and page).
 */
final class AtomicFiles {
    /** What goes into the file; the stream is closed afterwards. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target}, replacing it if it exists: for what is rendered again from result files. */
    static Path replace(Path target, Content content) throws IOException {
        Path temporary = writeTemporary(target, content);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    /**
     * A hidden name beside {@code target} that ends in {@code .tmp}, so no reader mistakes a left-over
     * for the real thing; opened with CREATE_NEW, so it is never someone else's file.
     */
    private static Path writeTemporary(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + target.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (out) {
            content.writeTo(out);
        } catch (Throwable e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
