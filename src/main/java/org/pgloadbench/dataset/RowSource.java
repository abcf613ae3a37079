package org.pgloadbench.dataset;

import java.sql.SQLException;

/**
 * The rows of one load as strategies read them: in order, a chunk at a time. A source held in
 * memory is one chunk; a streamed source generates each chunk as it is needed, so loads larger
 * than memory work.
 */
public interface RowSource {
    /** Loads (or otherwise consumes) one chunk; row {@code i} of it is row {@code firstRow + i} of the load. */
    @FunctionalInterface
    interface ChunkLoader {
        long load(Rows chunk, int firstRow) throws SQLException;
    }

    int size();

    /**
     * Hands every row over in order, in chunks whose sizes are multiples of {@code chunkMultiple}
     * (all but the last), so a statement of that many rows never straddles two chunks.
     *
     * @return the sum of what the loader returned
     */
    long forEachChunk(int chunkMultiple, ChunkLoader loader) throws SQLException;

    static RowSource of(Rows rows) {
        return new RowSource() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public long forEachChunk(int chunkMultiple, ChunkLoader loader) throws SQLException {
                return loader.load(rows, 0);
            }
        };
    }
}
