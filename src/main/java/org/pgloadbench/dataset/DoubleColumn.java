package org.pgloadbench.dataset;

/** Floating-point values: real (as the double of its float) and double precision. */
public final class DoubleColumn implements ColumnValues {
    private final double[] values;
    private final boolean[] nulls;

    /** @param nulls true where the value is NULL; null when none is */
    public DoubleColumn(double[] values, boolean[] nulls) {
        if (nulls != null && nulls.length != values.length) {
            throw new IllegalArgumentException("values and null flags differ in length");
        }
        this.values = values;
        this.nulls = nulls;
    }

    public static DoubleColumn of(double... values) {
        return new DoubleColumn(values, null);
    }

    public double get(int row) {
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
        return (long) Double.BYTES * values.length + (nulls == null ? 0 : nulls.length);
    }

    @Override
    public DoubleColumn select(int[] rows) {
        double[] selected = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new DoubleColumn(selected, ColumnValues.nullsAt(this, rows));
    }

    @Override
    public DoubleColumn allNull() {
        return new DoubleColumn(new double[values.length], ColumnValues.allSet(values.length));
    }
}
