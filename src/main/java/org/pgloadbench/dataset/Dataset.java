package org.pgloadbench.dataset;

/** Which rows a load carries: a JMH {@code @Param}, so results say what was loaded. */
public enum Dataset {
    /** Realistic rows for the table's shape: what the rows/sec figures are about. */
    USERS {
        @Override
        public Rows generate(TableShape shape, long firstRow, int rows, long seed) {
            return new RowGenerator(shape, seed).generate(firstRow, rows);
        }
    },
    /** {@link HostileRows}: for proving loaders exact, not for speed. */
    HOSTILE {
        @Override
        public Rows generate(TableShape shape, long firstRow, int rows, long seed) {
            if (firstRow != 0) {
                throw new IllegalArgumentException("hostile rows are loaded into an empty table only");
            }
            return HostileRows.generate(shape, rows);
        }
    };

    /** Rows {@code firstRow} onwards: see {@link RowGenerator#generate(long, int)}. */
    public abstract Rows generate(TableShape shape, long firstRow, int rows, long seed);

    public Rows generate(TableShape shape, int rows, long seed) {
        return generate(shape, 0, rows, seed);
    }

    /**
     * The rows as a load reads them: in memory (generated before any timing), or, with
     * {@code stream}, generated a chunk at a time during the load so any row count fits in memory.
     */
    public RowSource source(TableShape shape, int rows, long seed, boolean stream) {
        return source(shape, 0, rows, seed, stream);
    }

    /** The same for a load into a table that already holds {@code firstRow} rows. */
    public RowSource source(TableShape shape, long firstRow, int rows, long seed, boolean stream) {
        if (!stream) {
            return RowSource.of(generate(shape, firstRow, rows, seed));
        }
        if (this != USERS) {
            throw new IllegalArgumentException(this + " rows are not streamed; only USERS rows are");
        }
        return new RowGenerator(shape, seed).stream(firstRow, rows);
    }
}
