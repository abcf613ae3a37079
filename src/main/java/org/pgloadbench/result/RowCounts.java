package org.pgloadbench.result;

/** Row counts as people say them: 1k, 250k, 1M, 2.5M. */
public final class RowCounts {
    private RowCounts() {}

    public static String compact(long rows) {
        if (rows >= 1_000_000 && rows % 100_000 == 0) {
            return trim(rows / 1_000_000.0) + "M";
        }
        if (rows >= 1_000 && rows % 100 == 0) {
            return trim(rows / 1_000.0) + "k";
        }
        return Long.toString(rows);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
