package org.pgloadbench.dataset;

import java.util.List;

/**
 * The rows of one load, column by column, in the order of the table's sent columns
 * ({@link TableShape#columns()}): the in-memory form every strategy reads. Instances are shared
 * read-only by all strategies.
 */
public final class Rows {
    private final ColumnValues[] columns;
    private final int size;

    public Rows(ColumnValues... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("rows need at least one column");
        }
        this.size = columns[0].size();
        for (ColumnValues column : columns) {
            if (column.size() != size) {
                throw new IllegalArgumentException("columns differ in length");
            }
        }
        this.columns = columns.clone();
    }

    public Rows(List<ColumnValues> columns) {
        this(columns.toArray(ColumnValues[]::new));
    }

    public int size() {
        return size;
    }

    public int columnCount() {
        return columns.length;
    }

    public ColumnValues column(int column) {
        return columns[column];
    }

    /** Column {@code column}, which must be kept as longs. */
    public LongColumn longs(int column) {
        return (LongColumn) columns[column];
    }

    public DoubleColumn doubles(int column) {
        return (DoubleColumn) columns[column];
    }

    public BytesColumn bytes(int column) {
        return (BytesColumn) columns[column];
    }

    /** The rows at {@code rows}, in that order. */
    public Rows select(int[] rows) {
        ColumnValues[] selected = new ColumnValues[columns.length];
        for (int column = 0; column < columns.length; column++) {
            selected[column] = columns[column].select(rows);
        }
        return new Rows(selected);
    }

    /** These rows with column {@code column} replaced. */
    public Rows with(int column, ColumnValues values) {
        ColumnValues[] replaced = columns.clone();
        replaced[column] = values;
        return new Rows(replaced);
    }

    /** The heap these rows occupy, array contents only. */
    public long heapBytes() {
        long bytes = 0;
        for (ColumnValues column : columns) {
            bytes += column.heapBytes();
        }
        return bytes;
    }
}
