package org.pgloadbench.dataset;

import java.sql.SQLException;

/**
 * Generated rows that exist a chunk at a time. Each pass regenerates them from the seed, in the
 * same order, so every pass (the load, then the expected checksum) sees identical rows. Generation
 * then runs inside the timed load: it must be much faster than loading to be negligible.
 */
final class StreamedRows implements RowSource {
    /** The row number of the first row: where unique values start. */
    private final long firstRow;

    private final int size;
    private final long seed;
    private final RowsGenerator generator;

    StreamedRows(long firstRow, int size, long seed, RowsGenerator generator) {
        this.firstRow = firstRow;
        this.size = size;
        this.seed = seed;
        this.generator = generator;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long forEachChunk(int chunkMultiple, ChunkLoader loader) throws SQLException {
        int chunkRows = Math.max(1, RowGenerator.STREAM_CHUNK_ROWS / chunkMultiple) * chunkMultiple;
        RowsGenerator.Pass pass = generator.start(seed);
        long total = 0;
        for (int first = 0; first < size; first += chunkRows) {
            int rows = Math.min(chunkRows, size - first);
            total += loader.load(pass.next(firstRow + first, rows), first);
        }
        return total;
    }
}
