package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;

/**
 * {@code INSERT ... SELECT * FROM unnest(?::bigint[], ?::text[], ...)}: one array per column.
 *
 * <p>Like multi-row VALUES it sends many rows per round trip, but the statement stays five
 * parameters long whatever the row count: one short plan, reused for every chunk, and no parameter
 * limit. pgjdbc sends the bigint and double arrays in binary. The server pays instead to build and
 * expand the arrays, so it lands near multi-row VALUES, typically a little faster at large chunks.
 */
final class UnnestArrays implements LoadStrategy {
    private final ChunkedStatements statements;

    UnnestArrays(StrategySettings settings) {
        String sql = settings.table().insertIntoSql()
                + "SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::double precision[], ?::timestamptz[])";
        this.statements = new ChunkedStatements(settings.rowsPerStatement(), rows -> sql, UnnestArrays::bindChunk);
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return statements.load(connection, rows);
    }

    private static void bindChunk(PreparedStatement statement, Rows rows, int firstRow, int rowCount) throws SQLException {
        long[] ids = new long[rowCount];
        String[] names = new String[rowCount];
        String[] emails = new String[rowCount];
        double[] scores = new double[rowCount];
        String[] createdAt = new String[rowCount];
        for (int i = 0; i < rowCount; i++) {
            int row = firstRow + i;
            ids[i] = rows.id(row);
            names[i] = rows.names().get(row);
            emails[i] = rows.emails().get(row);
            scores[i] = rows.score(row);
            createdAt[i] = TimestampText.format(rows.createdAtMicros(row));
        }
        statement.setObject(1, ids);
        statement.setObject(2, names);
        statement.setObject(3, emails);
        statement.setObject(4, scores);
        statement.setObject(5, createdAt);
    }
}
