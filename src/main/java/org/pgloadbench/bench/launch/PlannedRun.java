package org.pgloadbench.bench.launch;

import java.util.List;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.KeyOrder;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;
import org.pgloadbench.strategy.StrategySettings;

/**
 * One JMH run: a strategy on one table holding one number of rows before each load, at one number of rows per
 * load, and, for the strategies that read them, the rowsPerStatement, connections and format values to sweep. Each
 * becomes one JMH invocation.
 */
public record PlannedRun(
        Strategy strategy,
        Table table,
        int existingRows,
        Dataset dataset,
        int rows,
        List<Integer> rowsPerStatement,
        double badRowPercent,
        List<Integer> connections,
        List<CopyFormat> formats) {
    /** The values strategies that ignore a parameter carry, so their results (old and new) match. */
    static final int UNUSED_ROWS_PER_STATEMENT = 1_000;

    static final int UNUSED_CONNECTIONS = 1;
    static final CopyFormat UNUSED_FORMAT = CopyFormat.BINARY;

    /** A strategy's share of a run on one table: one run per rows-per-load value (the override's, else the profile's). */
    public static List<PlannedRun> of(
            Strategy strategy,
            Table table,
            int existingRows,
            Dataset dataset,
            Profile profile,
            Integer rowsOverride,
            List<Integer> rowsPerStatementOverride,
            double badRowPercent,
            List<Integer> connectionsOverride) {
        List<Integer> rows = rowsOverride != null ? List.of(rowsOverride) : profile.rowsFor(strategy);
        List<Integer> rowsPerStatement = rowsPerStatementOverride != null
                ? rowsPerStatementOverride
                : profile.rowsPerStatement().stream()
                        .map(value -> Math.min(value, StrategySettings.maxRowsPerStatement(table)))
                        .distinct()
                        .toList();
        List<Integer> connections = connectionsOverride != null ? connectionsOverride : profile.connections();
        return rows.stream()
                .map(each -> new PlannedRun(
                        strategy,
                        table,
                        existingRows,
                        dataset,
                        each,
                        strategy.reads(StrategyParameter.ROWS_PER_STATEMENT)
                                ? List.copyOf(rowsPerStatement)
                                : List.of(UNUSED_ROWS_PER_STATEMENT),
                        badRowPercent,
                        strategy.reads(StrategyParameter.CONNECTIONS)
                                ? List.copyOf(connections)
                                : List.of(UNUSED_CONNECTIONS),
                        strategy.reads(StrategyParameter.FORMAT)
                                ? List.of(CopyFormat.values())
                                : List.of(UNUSED_FORMAT)))
                .toList();
    }

    public String describe() {
        String text = strategy + ", " + String.format("%,d", rows)
                + (dataset == Dataset.USERS ? "" : " " + dataset.name().toLowerCase()) + " rows per load";
        if (!table.shape().name().equals("users") || table.indexes() != Indexes.PK) {
            text += ", table " + table.shape().name() + " with indexes "
                    + table.indexes().label();
        }
        if (existingRows > 0) {
            text += String.format(", into %,d rows already there", existingRows);
        }
        if (table.shape().keyOrder() != KeyOrder.SEQUENTIAL) {
            text += ", " + table.shape().keyOrder().label() + " keys";
        }
        if (!table.features().isNone()) {
            text += ", table features " + table.features().label();
        }
        if (strategy.reads(StrategyParameter.ROWS_PER_STATEMENT)) {
            text += ", rowsPerStatement " + rowsPerStatement;
        }
        if (strategy.reads(StrategyParameter.BAD_ROW_PERCENT)) {
            text += ", " + badRowPercent + "% malformed rows";
        }
        if (strategy.reads(StrategyParameter.CONNECTIONS)) {
            text += ", connections " + connections;
        }
        if (strategy.reads(StrategyParameter.FORMAT)) {
            text += ", formats " + formats;
        }
        if (!strategy.crashSafe()) {
            text += " (not crash-safe)";
        }
        return text;
    }
}
