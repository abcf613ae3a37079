package org.pgloadbench.dataset;

/** Which rows a load carries: a JMH {@code @Param}, so results say what was loaded. */
public enum Dataset {
    /** Realistic rows for the table's shape: what the rows/sec figures are about. */
    USERS {
        @Override
        public Rows generate(TableShape shape, int rows, long seed) {
            return new RowGenerator(shape, seed).generate(rows);
        }
    },
    /** {@link HostileRows}: for proving loaders exact, not for speed. */
    HOSTILE {
        @Override
        public Rows generate(TableShape shape, int rows, long seed) {
            return HostileRows.generate(shape, rows);
        }
    };

    public abstract Rows generate(TableShape shape, int rows, long seed);

    /**
     * The rows as a load reads them: in memory (generated before any timing), or, with
     * {@code stream}, generated a chunk at a time during the load so any row count fits in memory.
     */
    public RowSource source(TableShape shape, int rows, long seed, boolean stream) {
        if (!stream) {
            return RowSource.of(generate(shape, rows, seed));
        }
        if (this != USERS) {
            throw new IllegalArgumentException(this + " rows are not streamed; only USERS rows are");
        }
        return new RowGenerator(shape, seed).stream(rows);
    }
}
