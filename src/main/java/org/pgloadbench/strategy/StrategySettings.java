package org.pgloadbench.strategy;

import org.pgloadbench.dataset.UsersTable;

/**
 * What a strategy is built with. Each strategy reads only what its {@link Strategy} constant
 * declares: {@code rowsPerStatement} the multi-row and batching strategies, {@code badRowPercent}
 * COPY with ON_ERROR, {@code connections} the parallel load.
 */
public record StrategySettings(UsersTable table, int rowsPerStatement, double badRowPercent, int connections) {
    public StrategySettings {
        if (rowsPerStatement < 1) {
            throw new IllegalArgumentException("rowsPerStatement must be at least 1, not " + rowsPerStatement);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, not " + connections);
        }
    }
}
