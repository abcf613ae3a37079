package org.pgloadbench.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.RowWidth;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.strategy.Strategy;

/**
 * The derived columns of a run's table: MB/s, speed-up over autocommit INSERTs, share of the
 * fastest and share of the server's own file load (the ceiling). A run may load several tables, with several index settings and datasets: each row is
 * compared with the loads of the same table done the same way, never with another table's.
 */
final class RunFigures {
    private static final double MEGABYTE = 1e6;

    private final Map<String, Double> autocommitBySetting = new HashMap<>();
    private final Map<String, Double> fastestBySetting = new HashMap<>();
    private final Map<String, Double> ceilingBySetting = new HashMap<>();
    private final Map<String, Double> textBytesPerRow = new HashMap<>();

    /** {@code widths} may be null: result files from before MB/s have none. */
    RunFigures(List<SummaryRow> rows, List<RowWidth> widths) {
        for (SummaryRow row : rows) {
            if (row.strategy().equals(Strategy.BASELINE.name())) {
                autocommitBySetting.merge(BenchmarkLabel.table(row), row.rowsPerSecond(), Math::max);
            }
            if (row.strategy().equals(Strategy.CEILING.name())) {
                ceilingBySetting.merge(BenchmarkLabel.table(row), row.rowsPerSecond(), Math::max);
            }
            fastestBySetting.merge(BenchmarkLabel.table(row), row.rowsPerSecond(), Math::max);
        }
        if (widths != null) {
            widths.forEach(
                    width -> textBytesPerRow.put(width.table() + " " + width.dataset(), width.textBytesPerRow()));
        }
    }

    static RunFigures of(ResultFile result) {
        return new RunFigures(result.summary(), result.rowWidths());
    }

    /** Rows/sec over the baseline strategy's on the same table, indexes, dataset and rows already there, if the run has it. */
    OptionalDouble speedup(SummaryRow row) {
        Double autocommit = autocommitBySetting.get(BenchmarkLabel.table(row));
        return autocommit == null ? OptionalDouble.empty() : OptionalDouble.of(row.rowsPerSecond() / autocommit);
    }

    /** Percent of the fastest load of the same table, indexes, dataset and rows already there. */
    double percentOfFastest(SummaryRow row) {
        return 100 * row.rowsPerSecond() / fastestBySetting.get(BenchmarkLabel.table(row));
    }

    /**
     * Percent of the server's own file load of the same table, indexes, dataset and rows already there (its faster
     * format), if the run has it. Past 100% a client load used more of the machine than one backend.
     */
    OptionalDouble percentOfCeiling(SummaryRow row) {
        Double ceiling = ceilingBySetting.get(BenchmarkLabel.table(row));
        return ceiling == null ? OptionalDouble.empty() : OptionalDouble.of(100 * row.rowsPerSecond() / ceiling);
    }

    /** Megabytes (10^6 bytes) of the rows' text form per second, where the run measured how wide its rows are. */
    OptionalDouble megabytesPerSecond(SummaryRow row) {
        Double bytes = textBytesPerRow.get(table(row) + " " + dataset(row));
        return bytes == null ? OptionalDouble.empty() : OptionalDouble.of(row.rowsPerSecond() * bytes / MEGABYTE);
    }

    private static String table(SummaryRow row) {
        return row.params().getOrDefault("table", JmhBenchmark.DEFAULT_TABLE);
    }

    private static String dataset(SummaryRow row) {
        return row.params().getOrDefault("dataset", "USERS");
    }
}
