package org.pgloadbench.strategy;

import org.pgloadbench.dataset.Table;

/**
 * What a strategy is built with. Each strategy reads only what its {@link Strategy} constant
 * declares: {@code rowsPerStatement} the multi-row and batching strategies, {@code badRowPercent}
 * COPY with ON_ERROR, {@code connections} the parallel load, {@code format} the server's own file load.
 * {@code existingRows} is what the table holds before each load; a strategy that must start from an
 * empty table refuses more than none.
 */
public record StrategySettings(
        Table table, int rowsPerStatement, double badRowPercent, int connections, CopyFormat format, int existingRows) {
    /** Settings for a load into an empty table. */
    public StrategySettings(
            Table table, int rowsPerStatement, double badRowPercent, int connections, CopyFormat format) {
        this(table, rowsPerStatement, badRowPercent, connections, format, 0);
    }

    /**
     * The most rows one statement of bind parameters holds for the table: PostgreSQL's protocol
     * allows 65535 parameters, one per value. Profiles cap their rowsPerStatement sweep here, so
     * every batching strategy is measured at the same values on a wide table.
     */
    public static int maxRowsPerStatement(Table table) {
        return MultiRowValues.MAX_PARAMETERS / table.columns().size();
    }

    public StrategySettings {
        if (rowsPerStatement < 1) {
            throw new IllegalArgumentException("rowsPerStatement must be at least 1, not " + rowsPerStatement);
        }
        if (format == null) {
            throw new IllegalArgumentException("format must be TEXT or BINARY");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, not " + connections);
        }
        if (existingRows < 0) {
            throw new IllegalArgumentException("existingRows must be 0 or more, not " + existingRows);
        }
    }
}
