package org.pgloadbench.dataset;

/** Which rows a load carries: a JMH {@code @Param}, so results say what was loaded. */
public enum Dataset {
    /** Realistic users rows, about 80 bytes as text: what the rows/sec figures are about. */
    USERS {
        @Override
        public Rows generate(int rows, long seed) {
            return new RowGenerator(seed).generate(rows);
        }
    },
    /** {@link HostileRows}: for proving loaders exact, not for speed. */
    HOSTILE {
        @Override
        public Rows generate(int rows, long seed) {
            return HostileRows.generate(rows);
        }
    };

    public abstract Rows generate(int rows, long seed);
}
