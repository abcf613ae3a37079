package org.pgloadbench.strategy;

import java.sql.SQLException;

/**
 * A fixed byte buffer that COPY encoders fill and that hands full chunks to the server.
 *
 * <p>Each chunk becomes one CopyData message. Large chunks (64 KiB) keep the per-message and
 * per-syscall overhead far below the cost of encoding the rows, which is what lets a Java client
 * keep up with psql's {@code \copy}.
 */
public final class WireBuffer {
    /** Where full chunks go: pgjdbc's {@code CopyIn.writeToCopy}, or a byte array in tests. */
    @FunctionalInterface
    public interface ChunkSink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    static final int DEFAULT_CAPACITY = 64 * 1024;

    private final byte[] buffer;
    private final ChunkSink sink;
    private int position;

    public WireBuffer(ChunkSink sink) {
        this(sink, DEFAULT_CAPACITY);
    }

    WireBuffer(ChunkSink sink, int capacity) {
        this.buffer = new byte[capacity];
        this.sink = sink;
    }

    /** Makes room for {@code bytes} more bytes; callers then write with the put methods. */
    public void reserve(int bytes) throws SQLException {
        if (position + bytes > buffer.length) {
            flush();
            if (bytes > buffer.length) {
                throw new IllegalArgumentException("reserve of " + bytes + " exceeds the buffer");
            }
        }
    }

    public void put(byte value) {
        buffer[position++] = value;
    }

    public void putShort(int value) {
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    public void putInt(int value) {
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    public void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    /** Writes bytes of any length, flushing as often as needed; no reserve needed. */
    public void putBytes(byte[] source, int offset, int length) throws SQLException {
        while (length > 0) {
            if (position == buffer.length) {
                flush();
            }
            int n = Math.min(length, buffer.length - position);
            System.arraycopy(source, offset, buffer, position, n);
            position += n;
            offset += n;
            length -= n;
        }
    }

    /** Direct access for encoders that format in place; advance with {@link #advanceTo(int)}. */
    byte[] array() {
        return buffer;
    }

    int position() {
        return position;
    }

    void advanceTo(int newPosition) {
        position = newPosition;
    }

    public void flush() throws SQLException {
        if (position > 0) {
            sink.write(buffer, 0, position);
            position = 0;
        }
    }
}
