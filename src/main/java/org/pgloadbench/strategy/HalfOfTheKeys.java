package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnValues;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;

/**
 * The target an upsert meets: every other row's key already present, with other values, so half
 * the loaded rows update and half insert. Filled by binary COPY before each load, untimed; a
 * correct upsert leaves exactly the loaded rows (beside any the table held before), so the usual
 * verification proves it.
 *
 * <p>The stale rows keep their key and unique columns; every other column is NULL where it may be,
 * and otherwise holds the next row's value, so no constraint the loaded rows satisfy is broken.
 */
final class HalfOfTheKeys {
    private HalfOfTheKeys() {}

    /** The table, if it has a key an upsert can conflict on. */
    static Table requireKey(Table table) {
        if (!table.hasKey()) {
            throw new NotApplicableException("needs a key to conflict on, and table "
                    + table.shape().name() + " with indexes " + table.indexes().label() + " has none");
        }
        return table;
    }

    static void fill(Connection connection, Table table, RowSource rows) throws SQLException {
        CopyInStream.copy(connection, table.copyFromStdinSql(" (FORMAT binary)"), out -> {
            BinaryCopyEncoder encoder = new BinaryCopyEncoder(out, table.columns());
            encoder.writeHeader();
            rows.forEachChunk(2, (chunk, firstRow) -> {
                Rows stale = staleEvenRows(table, chunk);
                for (int row = 0; row < stale.size(); row++) {
                    encoder.writeRow(stale, row);
                }
                return 0;
            });
            encoder.writeTrailer();
        });
    }

    /** Rows 0, 2, 4... of a chunk (chunks start at even rows), with other values. */
    private static Rows staleEvenRows(Table table, Rows chunk) {
        int[] even = new int[(chunk.size() + 1) / 2];
        int[] next = new int[even.length];
        for (int i = 0; i < even.length; i++) {
            even[i] = 2 * i;
            next[i] = Math.min(2 * i + 1, chunk.size() - 1);
        }
        Rows stale = chunk.select(even);
        for (int index = 0; index < table.columns().size(); index++) {
            Column column = table.columns().get(index);
            if (column.unique()) {
                continue;
            }
            ColumnValues other = column.notNull()
                    ? chunk.column(index).select(next)
                    : chunk.column(index).select(even).allNull();
            stale = stale.with(index, other);
        }
        return stale;
    }
}
