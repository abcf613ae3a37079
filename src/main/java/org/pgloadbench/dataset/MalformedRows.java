package org.pgloadbench.dataset;

/**
 * Which rows of a load are sent malformed, spread evenly: with {@code percent = 1}, one row in a
 * hundred. The selection is exact (⌊rows × percent / 100⌋ rows) and needs no randomness, so the
 * verifier knows precisely which rows must be missing after a COPY with ON_ERROR.
 */
public final class MalformedRows {
    /** Fails bigint input, the one error class ON_ERROR ignore is documented to skip. */
    public static final String MALFORMED_ID = "abc";

    private final long basisPoints;

    public MalformedRows(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("badRowPercent must be between 0 and 100, not " + percent);
        }
        this.basisPoints = Math.round(percent * 100);
    }

    /** True for the row where the running count of bad rows steps up: an even spread. */
    public boolean isMalformed(int row) {
        return (row + 1L) * basisPoints / 10_000 != row * basisPoints / 10_000;
    }

    public long count(int rows) {
        return rows * basisPoints / 10_000;
    }
}
