package org.pgloadbench.strategy;

import org.pgloadbench.dataset.UsersTable;

/**
 * What a strategy is built with. Each strategy reads only what it needs: {@code rowsPerStatement}
 * matters to the multi-row strategies, {@code badRowPercent} to COPY with ON_ERROR.
 */
public record StrategySettings(UsersTable table, int rowsPerStatement, double badRowPercent) {
    public StrategySettings {
        if (rowsPerStatement < 1) {
            throw new IllegalArgumentException("rowsPerStatement must be at least 1, not " + rowsPerStatement);
        }
    }
}
