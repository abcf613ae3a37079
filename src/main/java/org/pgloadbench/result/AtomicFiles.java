package org.pgloadbench.result;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary sibling first, then given its name (renamed,
 * or linked where nothing may be replaced), so a failure half-way never destroys what was there.
 * The temporary file is created here like any other file, so the user's umask decides its mode
 * ({@code Files.createTempFile} would make it 0600, and the rename would carry that over to every
 * result file, chart and page).
 */
public final class AtomicFiles {
    /** What goes into the file; the stream is closed afterwards. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code target}, replacing it if it exists: for what is rendered again from result files. */
    public static Path replace(Path target, Content content) throws IOException {
        Path temporary = writeTemporary(target, content);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    /**
     * Writes {@code directory/baseName + extension}, or where that name is taken {@code baseName-2},
     * {@code -3}, ...: never replaces a file, and returns the path used. The complete temporary file
     * takes a name by a hard link, which fails if the name exists; where the file system has no hard
     * links, by a move without REPLACE_EXISTING, which checks and renames in two steps.
     */
    public static Path createNew(Path directory, String baseName, String extension, Content content)
            throws IOException {
        Path temporary = writeTemporary(directory.resolve(baseName + extension), content);
        try {
            for (int attempt = 1; ; attempt++) {
                Path target = directory.resolve((attempt == 1 ? baseName : baseName + "-" + attempt) + extension);
                if (takeName(temporary, target)) {
                    return target;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** False if {@code target} exists. */
    private static boolean takeName(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            try {
                Files.move(temporary, target);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
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
