package org.pgloadbench.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.pgloadbench.strategy.Strategy;

/**
 * The derived columns of a run's table: speed-up over autocommit INSERTs and share of the fastest.
 * A run may load several tables, with several index settings and datasets: each row is compared
 * with the baseline that loaded the same table the same way, never with another table's.
 */
final class RunFigures {
    private final Map<String, Double> autocommitBySetting = new HashMap<>();
    private final double fastest;

    RunFigures(List<SummaryRow> rows) {
        for (SummaryRow row : rows) {
            if (row.strategy().equals(Strategy.BASELINE.name())) {
                autocommitBySetting.merge(setting(row), row.rowsPerSecond(), Math::max);
            }
        }
        this.fastest = rows.stream().mapToDouble(SummaryRow::rowsPerSecond).max().orElse(Double.NaN);
    }

    /** Rows/sec over the baseline strategy's on the same table, indexes and dataset, if the run has it. */
    OptionalDouble speedup(SummaryRow row) {
        Double autocommit = autocommitBySetting.get(setting(row));
        return autocommit == null ? OptionalDouble.empty() : OptionalDouble.of(row.rowsPerSecond() / autocommit);
    }

    double percentOfFastest(SummaryRow row) {
        return 100 * row.rowsPerSecond() / fastest;
    }

    private static String setting(SummaryRow row) {
        return row.params().getOrDefault("table", JmhBenchmark.DEFAULT_TABLE) + " "
                + row.params().getOrDefault("indexes", JmhBenchmark.DEFAULT_INDEXES) + " "
                + row.params().getOrDefault("dataset", "USERS");
    }
}
