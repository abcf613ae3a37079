package org.pgloadbench.report;

import java.util.List;
import java.util.OptionalDouble;
import org.pgloadbench.strategy.Strategy;

/** The derived columns of a run's table: speed-up over autocommit INSERTs and share of the fastest. */
final class RunFigures {
    private final OptionalDouble autocommit;
    private final double fastest;

    RunFigures(List<SummaryRow> rows) {
        this.autocommit = rows.stream().filter(row -> row.strategy().equals(Strategy.BASELINE.name()))
                .mapToDouble(SummaryRow::rowsPerSecond).max();
        this.fastest = rows.stream().mapToDouble(SummaryRow::rowsPerSecond).max().orElse(Double.NaN);
    }

    /** Rows/sec over the baseline strategy's, if the run has it. */
    OptionalDouble speedup(SummaryRow row) {
        return autocommit.isPresent() ? OptionalDouble.of(row.rowsPerSecond() / autocommit.getAsDouble()) : OptionalDouble.empty();
    }

    double percentOfFastest(SummaryRow row) {
        return 100 * row.rowsPerSecond() / fastest;
    }
}
