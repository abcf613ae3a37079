package org.pgloadbench.bench;

import java.util.List;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * One strategy's share of a run: its rows per load and, for the multi-row strategies, the
 * rowsPerStatement values to sweep. Each becomes one JMH invocation.
 */
public record PlannedRun(Strategy strategy, Dataset dataset, int rows, List<Integer> rowsPerStatement, double badRowPercent) {
    /** The default rowsPerStatement for strategies that ignore it, so their results carry one value. */
    static final int UNUSED_ROWS_PER_STATEMENT = 1_000;

    public static PlannedRun of(Strategy strategy, Dataset dataset, Profile profile, Integer rowsOverride,
                                List<Integer> rowsPerStatementOverride, double badRowPercent) {
        int rows = rowsOverride != null ? rowsOverride : profile.rowsFor(strategy);
        List<Integer> sweep = rowsPerStatementOverride != null ? rowsPerStatementOverride : profile.rowsPerStatement();
        return new PlannedRun(strategy, dataset, rows,
                strategy.reads(StrategyParameter.ROWS_PER_STATEMENT) ? List.copyOf(sweep) : List.of(UNUSED_ROWS_PER_STATEMENT),
                badRowPercent);
    }

    public String describe() {
        String text = strategy + ", " + String.format("%,d", rows) + (dataset == Dataset.USERS ? "" : " " + dataset.name().toLowerCase())
                + " rows per load";
        if (strategy.reads(StrategyParameter.ROWS_PER_STATEMENT)) {
            text += ", rowsPerStatement " + rowsPerStatement;
        }
        if (strategy.reads(StrategyParameter.BAD_ROW_PERCENT)) {
            text += ", " + badRowPercent + "% malformed rows";
        }
        return text;
    }
}
