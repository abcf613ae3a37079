package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;

/**
 * {@code INSERT ... VALUES (?,?,...), (?,?,...), ...}: many rows per prepared statement.
 *
 * <p>Round trips, executor start-ups and statement overheads are paid once per
 * {@code rowsPerStatement} rows instead of once per row. The cost moves into the statement itself:
 * the server parses and plans a VALUES list as long as the statement (once, then it is prepared),
 * and binds one parameter per value. The protocol caps a statement at 65535 parameters, so the
 * wider the table, the fewer rows a statement holds (13107 for the five-column users table).
 * Gains flatten beyond a few hundred rows per statement.
 */
final class MultiRowValues implements LoadStrategy {
    /** PostgreSQL's wire protocol counts bind parameters in an unsigned 16-bit field. */
    static final int MAX_PARAMETERS = 65_535;

    private final ChunkedStatements statements;

    MultiRowValues(StrategySettings settings) {
        Table table = settings.table();
        JdbcRowBinder binder = new JdbcRowBinder(table.columns());
        this.statements = new ChunkedStatements(
                checkedRowsPerStatement(settings),
                rows -> valuesSql(table, rows),
                (statement, rows, firstRow, rowCount) -> bindChunk(binder, statement, rows, firstRow, rowCount));
    }

    /** The rows per statement a VALUES list of bind parameters can hold (Strategy.create names who asked). */
    static int checkedRowsPerStatement(StrategySettings settings) {
        int columns = settings.table().columns().size();
        int most = MAX_PARAMETERS / columns;
        if (settings.rowsPerStatement() > most) {
            throw new IllegalArgumentException("takes at most " + most + " rows per statement of table "
                    + settings.table().shape().name() + " (PostgreSQL allows " + MAX_PARAMETERS + " bind parameters, "
                    + columns
                    + " a row), not " + settings.rowsPerStatement());
        }
        return settings.rowsPerStatement();
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return statements.load(connection, rows);
    }

    /** {@code (?, ?, ...)} with one marker per column. */
    static String placeholders(int columns) {
        return "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    }

    static String valuesSql(Table table, int rows) {
        String row = placeholders(table.columns().size());
        StringBuilder sql = new StringBuilder(table.insertIntoSql()).append("VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    static void bindChunk(JdbcRowBinder binder, PreparedStatement statement, Rows rows, int firstRow, int rowCount)
            throws SQLException {
        for (int i = 0; i < rowCount; i++) {
            binder.bind(statement, 1 + i * binder.columnCount(), rows, firstRow + i);
        }
    }
}
