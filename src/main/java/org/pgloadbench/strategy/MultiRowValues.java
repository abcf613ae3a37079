package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.UsersTable;

/**
 * {@code INSERT ... VALUES (?,?,?,?,?), (?,?,?,?,?), ...}: many rows per prepared statement.
 *
 * <p>Round trips, executor start-ups and statement overheads are paid once per
 * {@code rowsPerStatement} rows instead of once per row. The cost moves into the statement itself:
 * the server parses and plans a VALUES list as long as the statement (once, then it is prepared),
 * and binds five parameters per row. The protocol caps a statement at 65535 parameters, so at most
 * 13107 rows of five columns. Gains flatten beyond a few hundred rows per statement.
 */
final class MultiRowValues implements LoadStrategy {
    /** PostgreSQL's wire protocol counts bind parameters in an unsigned 16-bit field. */
    static final int MAX_PARAMETERS = 65_535;
    static final int MAX_ROWS_PER_STATEMENT = MAX_PARAMETERS / UsersTable.COLUMN_COUNT;

    private final ChunkedStatements statements;

    MultiRowValues(StrategySettings settings) {
        this.statements = new ChunkedStatements(checkedRowsPerStatement("MULTI_ROW_VALUES", settings),
                rows -> valuesSql(settings.table(), rows), MultiRowValues::bindChunk);
    }

    /** The rows per statement a VALUES list of bind parameters can hold; {@code strategy} names who asked. */
    static int checkedRowsPerStatement(String strategy, StrategySettings settings) {
        if (settings.rowsPerStatement() > MAX_ROWS_PER_STATEMENT) {
            throw new IllegalArgumentException(strategy + " takes at most " + MAX_ROWS_PER_STATEMENT
                    + " rows per statement (PostgreSQL allows " + MAX_PARAMETERS + " bind parameters), not "
                    + settings.rowsPerStatement());
        }
        return settings.rowsPerStatement();
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return statements.load(connection, rows);
    }

    static String valuesSql(UsersTable table, int rows) {
        StringBuilder sql = new StringBuilder(table.insertIntoSql()).append("VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    static void bindChunk(PreparedStatement statement, Rows rows, int firstRow, int rowCount) throws SQLException {
        for (int i = 0; i < rowCount; i++) {
            JdbcRowBinder.bind(statement, 1 + i * UsersTable.COLUMN_COUNT, rows, firstRow + i);
        }
    }
}
