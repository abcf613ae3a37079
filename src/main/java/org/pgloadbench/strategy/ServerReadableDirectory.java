package org.pgloadbench.strategy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory on this machine that the server can read as well, for {@code COPY ... FROM 'file'}.
 * It is made inside {@code parent} (the run's own directory, so a run
 * killed half way leaves nothing behind once its directory goes), readable by every user in case
 * the server runs as another one; removed, with everything written into it, on close.
 */
public final class ServerReadableDirectory implements AutoCloseable {
    private final Path path;
    private final List<Path> files = new ArrayList<>();

    ServerReadableDirectory(Path parent) throws IOException {
        Files.createDirectories(parent);
        path = Files.createTempDirectory(parent, "server-files-");
        readableByEveryone(path, "rwxr-xr-x");
    }

    /**
     * Writes {@code name} through a COPY encoder and forces it to disk, so that the kernel's
     * write-back of a large file never lands in a measured load; returns its absolute path.
     */
    Path write(String name, CopyInStream.Encoding encoding) throws IOException, SQLException {
        Path file = path.resolve(name).toAbsolutePath();
        files.add(file);
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            WireBuffer buffer = new WireBuffer(
                    (bytes, offset, length) -> writeFully(channel, ByteBuffer.wrap(bytes, offset, length)));
            encoding.writeAll(buffer);
            buffer.flush();
            channel.force(true);
        } catch (SQLException e) {
            if (e.getCause() instanceof IOException written) {
                throw written;
            }
            throw e;
        }
        readableByEveryone(file, "rw-r--r--");
        return file;
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws SQLException {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /** Where POSIX permissions do not exist (Windows), the server runs as the same user and reads the file as it is. */
    private static void readableByEveryone(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions to widen
        }
    }

    @Override
    public void close() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(path);
    }
}
