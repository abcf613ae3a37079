package org.pgloadbench.dataset;

/**
 * Version-7 uuids (RFC 9562, section 5.7) as a client stamping rows at a steady rate would make
 * them: 48 bits of Unix milliseconds, the version, 12 random bits, the variant, 62 random bits.
 * The clock is the row number, not the wall clock, so the same rows get the same keys on every
 * pass; the random bits come from the row number and the seed alone, so chunking changes nothing.
 */
final class TimeOrderedUuids {
    /** Rows a millisecond: a client making 100,000 rows a second. */
    static final int ROWS_PER_MILLISECOND = 100;

    private static final long FIRST_MILLISECOND = RowGenerator.micros("2026-01-01T00:00:00Z") / 1_000;

    private TimeOrderedUuids() {}

    static BytesColumn make(long firstRow, int rowCount, long seed) {
        BytesColumn.Builder out = new BytesColumn.Builder(rowCount, 16);
        for (int i = 0; i < rowCount; i++) {
            long row = firstRow + i;
            long millisecond = FIRST_MILLISECOND + row / ROWS_PER_MILLISECOND;
            long random = mix(seed ^ mix(row));
            long high = (millisecond << 16) | 0x7000L | (random & 0x0FFFL);
            long low = (mix(random) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            int start = out.ensureRoom(16);
            byte[] arena = out.arena();
            for (int b = 0; b < 8; b++) {
                arena[start + b] = (byte) (high >>> (56 - 8 * b));
                arena[start + 8 + b] = (byte) (low >>> (56 - 8 * b));
            }
            out.endValue(start + 16);
        }
        return out.build();
    }

    /** SplitMix64's finalizer: every input bit moves every output bit. */
    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
