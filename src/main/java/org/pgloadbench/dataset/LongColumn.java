package org.pgloadbench.dataset;

/** Values that fit a long: the integer types, booleans, dates and timestamps (see {@link ColumnType}). */
public final class LongColumn implements ColumnValues {
    private final long[] values;
    private final boolean[] nulls;

    /** @param nulls true where the value is NULL; null when none is */
    public LongColumn(long[] values, boolean[] nulls) {
        if (nulls != null && nulls.length != values.length) {
            throw new IllegalArgumentException("values and null flags differ in length");
        }
        this.values = values;
        this.nulls = nulls;
    }

    public static LongColumn of(long... values) {
        return new LongColumn(values, null);
    }

    public long get(int row) {
        return values[row];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isNull(int row) {
        return nulls != null && nulls[row];
    }

    @Override
    public boolean hasNulls() {
        return nulls != null;
    }

    @Override
    public long heapBytes() {
        return (long) Long.BYTES * values.length + (nulls == null ? 0 : nulls.length);
    }

    @Override
    public LongColumn select(int[] rows) {
        long[] selected = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new LongColumn(selected, ColumnValues.nullsAt(this, rows));
    }

    @Override
    public LongColumn allNull() {
        return new LongColumn(new long[values.length], ColumnValues.allSet(values.length));
    }
}
