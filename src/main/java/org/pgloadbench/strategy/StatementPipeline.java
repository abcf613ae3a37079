package org.pgloadbench.strategy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sends bound statements as JDBC batches, so pgjdbc pipelines them: it writes several statements
 * before it reads their replies, and the client binds the next statement while the server is still
 * inserting the previous one. A batch is executed every {@code statementsPerBatch} statements.
 */
final class StatementPipeline {
    /** Multi-row statements are cut into batches of about this many rows, to bound what pgjdbc holds. */
    static final int ROWS_PER_BATCH = 50_000;

    private final PreparedStatement statement;
    private final int statementsPerBatch;
    private int pending;
    private long stored;
    private boolean countsMissing;

    StatementPipeline(PreparedStatement statement, int statementsPerBatch) {
        this.statement = statement;
        this.statementsPerBatch = statementsPerBatch;
    }

    /** For statements of {@code rowsPerStatement} rows each: batches of about {@link #ROWS_PER_BATCH} rows. */
    static StatementPipeline ofMultiRowStatements(PreparedStatement statement, int rowsPerStatement) {
        return new StatementPipeline(statement, Math.max(1, ROWS_PER_BATCH / rowsPerStatement));
    }

    /** Queues the statement as bound now. */
    void add() throws SQLException {
        statement.addBatch();
        if (++pending == statementsPerBatch) {
            execute();
        }
    }

    /**
     * Executes what is queued and returns the rows stored by every statement sent, or
     * {@link LoadStrategy#COUNT_NOT_REPORTED} if the driver reported {@code SUCCESS_NO_INFO}.
     */
    long finish() throws SQLException {
        if (pending > 0) {
            execute();
        }
        return countsMissing ? LoadStrategy.COUNT_NOT_REPORTED : stored;
    }

    private void execute() throws SQLException {
        for (int count : statement.executeBatch()) {
            if (count == Statement.SUCCESS_NO_INFO) {
                countsMissing = true;
            } else {
                stored += count;
            }
        }
        pending = 0;
    }
}
