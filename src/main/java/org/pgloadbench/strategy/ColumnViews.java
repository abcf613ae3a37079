package org.pgloadbench.strategy;

import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.ColumnType;
import org.pgloadbench.dataset.ColumnValues;
import org.pgloadbench.dataset.DoubleColumn;
import org.pgloadbench.dataset.LongColumn;
import org.pgloadbench.dataset.Rows;

/**
 * A chunk's columns, each cast once to its concrete class, for the encoders' per-row loops: a
 * NULL check or a value read is then a call on a final class the JIT inlines, not an interface
 * call that has three implementations to choose from on every field.
 */
final class ColumnViews {
    private final ColumnType.Storage[] storage;
    private final LongColumn[] longs;
    private final DoubleColumn[] doubles;
    private final BytesColumn[] bytes;
    private Rows bound;

    ColumnViews(ColumnType[] types) {
        this.storage = new ColumnType.Storage[types.length];
        for (int column = 0; column < types.length; column++) {
            storage[column] = types[column].storage();
        }
        this.longs = new LongColumn[types.length];
        this.doubles = new DoubleColumn[types.length];
        this.bytes = new BytesColumn[types.length];
    }

    /** Points the views at {@code rows}; cheap when they already are. */
    void bind(Rows rows) {
        if (rows == bound) {
            return;
        }
        for (int column = 0; column < storage.length; column++) {
            ColumnValues values = rows.column(column);
            switch (storage[column]) {
                case LONG:
                    longs[column] = (LongColumn) values;
                    break;
                case DOUBLE:
                    doubles[column] = (DoubleColumn) values;
                    break;
                default:
                    bytes[column] = (BytesColumn) values;
            }
        }
        bound = rows;
    }

    boolean isNull(int column, int row) {
        switch (storage[column]) {
            case LONG:
                return longs[column].isNull(row);
            case DOUBLE:
                return doubles[column].isNull(row);
            default:
                return bytes[column].isNull(row);
        }
    }

    long longValue(int column, int row) {
        return longs[column].get(row);
    }

    double doubleValue(int column, int row) {
        return doubles[column].get(row);
    }

    BytesColumn bytes(int column) {
        return bytes[column];
    }
}
