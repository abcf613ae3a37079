package org.pgloadbench.dataset;

/**
 * Which rows of a load are sent malformed, and how. They are spread evenly: with
 * {@code percent = 1}, one row in a hundred. The selection is exact (⌊rows × percent / 100⌋ rows)
 * and needs no randomness, so the verifier knows precisely which rows must be missing after a
 * COPY with ON_ERROR. Successive bad rows take the {@link Malformation}s in turn.
 */
public final class MalformedRows {
    /** The ways a row fails type input: the errors ON_ERROR ignore is documented to skip. */
    public enum Malformation {
        /** {@code abc} in the bigint column. */
        UNPARSEABLE_BIGINT,
        /** A 20-digit id: out of range for bigint. */
        BIGINT_OVERFLOW,
        /** {@code twelve} in the double precision column. */
        UNPARSEABLE_DOUBLE,
        /** Month 13, day 45, hour 25 in the timestamptz column. */
        INVALID_TIMESTAMP
    }

    private final long basisPoints;

    public MalformedRows(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("badRowPercent must be between 0 and 100, not " + percent);
        }
        this.basisPoints = Math.round(percent * 100);
    }

    /** True for the row where the running count of bad rows steps up: an even spread. */
    public boolean isMalformed(int row) {
        return badRowsBefore(row + 1) != badRowsBefore(row);
    }

    /** How a malformed row is broken: the n-th bad row gets the n-th kind, cyclically. */
    public Malformation malformationOf(int row) {
        Malformation[] kinds = Malformation.values();
        return kinds[(int) (badRowsBefore(row) % kinds.length)];
    }

    public long count(int rows) {
        return badRowsBefore(rows);
    }

    private long badRowsBefore(long row) {
        return row * basisPoints / 10_000;
    }
}
