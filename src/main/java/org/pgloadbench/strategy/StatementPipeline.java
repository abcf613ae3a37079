package org.pgloadbench.strategy;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sends bound multi-row statements as JDBC batches, so pgjdbc pipelines them: it writes several
 * statements before it reads their replies, and the client binds the next statement while the
 * server is still inserting the previous one. Batches are cut at about {@link #ROWS_PER_BATCH} rows
 * to bound the memory pgjdbc holds for bound parameters.
 */
final class StatementPipeline {
    static final int ROWS_PER_BATCH = 50_000;

    private final PreparedStatement statement;
    private final int statementsPerBatch;
    private int pending;
    private long stored;

    StatementPipeline(PreparedStatement statement, int rowsPerStatement) {
        this.statement = statement;
        this.statementsPerBatch = Math.max(1, ROWS_PER_BATCH / rowsPerStatement);
    }

    /** Queues the statement as bound now. */
    void add() throws SQLException {
        statement.addBatch();
        if (++pending == statementsPerBatch) {
            execute();
        }
    }

    /** Executes what is queued and returns the rows stored by every statement sent. */
    long finish() throws SQLException {
        if (pending > 0) {
            execute();
        }
        return stored;
    }

    private void execute() throws SQLException {
        for (int count : statement.executeBatch()) {
            stored += count;
        }
        pending = 0;
    }
}
