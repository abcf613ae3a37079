package org.pgloadbench.dataset;

import java.time.Instant;

/**
 * Generates a table's rows from a seed: the same seed and row count give the same rows, so every
 * strategy, fork and machine loads identical data, in memory or streamed a chunk at a time.
 */
public final class RowGenerator {
    public static final long DEFAULT_SEED = 20_240_917L;
    /** Rows per chunk of a streamed source, about 4 MB of users rows: large enough that per-chunk costs vanish, small enough for any heap. */
    public static final int STREAM_CHUNK_ROWS = 64 * 1024;

    private final TableShape shape;
    private final long seed;

    public RowGenerator(TableShape shape, long seed) {
        this.shape = shape;
        this.seed = seed;
    }

    /** The users table's rows. */
    public RowGenerator(long seed) {
        this(TableShape.USERS, seed);
    }

    /** All rows of a load, in memory. */
    public Rows generate(int rowCount) {
        return generate(0, rowCount);
    }

    /**
     * The rows a load into a table already holding {@code firstRow} rows adds: the same values as
     * {@link #generate(int)} but for the unique columns, which continue after the rows already
     * there (key {@code firstRow + 1} onwards), so no new row meets an existing key.
     */
    public Rows generate(long firstRow, int rowCount) {
        checkRows(firstRow, rowCount);
        return shape.generator().start(seed).next(firstRow, rowCount);
    }

    /** All rows of a load, a chunk at a time. */
    public RowSource stream(int rowCount) {
        return stream(0, rowCount);
    }

    /**
     * The same rows as {@link #generate(long, int)}, made a chunk at a time while they are loaded,
     * so a load of any size needs the memory of one chunk.
     */
    public RowSource stream(long firstRow, int rowCount) {
        checkRows(firstRow, rowCount);
        return new StreamedRows(firstRow, rowCount, seed, shape.generator());
    }

    private void checkRows(long firstRow, int rowCount) {
        if (rowCount < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rowCount);
        }
        if (firstRow < 0) {
            throw new IllegalArgumentException("the first row must be 0 or more, not " + firstRow);
        }
        shape.checkRowCount(firstRow + rowCount);
    }

    /** An ISO-8601 instant as microseconds since the Unix epoch, the unit of every timestamp here. */
    public static long micros(String instant) {
        Instant at = Instant.parse(instant);
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
}
