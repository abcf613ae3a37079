package org.pgloadbench.dataset;

/**
 * The values of one column for the rows of a load, held as one or two primitive arrays (never an
 * object per value), so a million rows cost the garbage collector nothing to trace while a load is
 * measured.
 */
public sealed interface ColumnValues permits LongColumn, DoubleColumn, BytesColumn {
    int size();

    boolean isNull(int row);

    /** False when no value is NULL, which lets encoders bind a whole column as a primitive array. */
    boolean hasNulls();

    /** The heap the values occupy, array contents only. */
    long heapBytes();

    /** A new column of the values at {@code rows}, in that order. */
    ColumnValues select(int[] rows);

    /** The same number of values, every one NULL. */
    ColumnValues allNull();

    /** The NULL flags of {@code column} at {@code rows}, or null where none is set. */
    static boolean[] nullsAt(ColumnValues column, int[] rows) {
        boolean[] nulls = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            nulls[i] = column.isNull(rows[i]);
        }
        return nullsOrNone(nulls);
    }

    /** {@code size} flags, every one set; null for no rows. */
    static boolean[] allSet(int size) {
        boolean[] nulls = new boolean[size];
        java.util.Arrays.fill(nulls, true);
        return size == 0 ? null : nulls;
    }

    /** {@code nulls} if any entry is set, otherwise null: a column without NULLs keeps no flags. */
    static boolean[] nullsOrNone(boolean[] nulls) {
        for (boolean isNull : nulls) {
            if (isNull) {
                return nulls;
            }
        }
        return null;
    }
}
