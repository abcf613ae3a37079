package org.pgloadbench.strategy;

import java.util.function.Function;

/**
 * Every load strategy, as a JMH {@code @Param} value: results group by these names. The order is
 * the one PostgreSQL's design predicts, slowest first.
 */
public enum Strategy {
    INSERT_AUTOCOMMIT(0, settings -> new InsertAutocommit(settings.table())),
    INSERT_TRANSACTION(0, settings -> new InsertTransaction(settings.table())),
    MULTI_ROW_VALUES(0, settings -> new MultiRowValues(settings.table(), settings.rowsPerStatement())),
    UNNEST_ARRAYS(0, settings -> new UnnestArrays(settings.table(), settings.rowsPerStatement())),
    COPY_TEXT(0, settings -> new CopyText(settings.table())),
    COPY_BINARY(0, settings -> new CopyBinary(settings.table())),
    COPY_ON_ERROR(17, settings -> new CopyOnError(settings.table(), settings.badRowPercent()));

    private final int minimumServerMajorVersion;
    private final Function<StrategySettings, LoadStrategy> factory;

    Strategy(int minimumServerMajorVersion, Function<StrategySettings, LoadStrategy> factory) {
        this.minimumServerMajorVersion = minimumServerMajorVersion;
        this.factory = factory;
    }

    public LoadStrategy create(StrategySettings settings) {
        return factory.apply(settings);
    }

    /** 0 where any supported server will do. */
    public int minimumServerMajorVersion() {
        return minimumServerMajorVersion;
    }

    public boolean runsOn(int serverMajorVersion) {
        return serverMajorVersion >= minimumServerMajorVersion;
    }

    /** True for the strategies whose speed depends on {@code rowsPerStatement}. */
    public boolean batchesRowsPerStatement() {
        return this == MULTI_ROW_VALUES || this == UNNEST_ARRAYS;
    }
}
