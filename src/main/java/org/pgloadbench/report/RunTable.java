package org.pgloadbench.report;

import java.util.List;
import java.util.Locale;

/**
 * A run's summary table as text cells, one row per load: the terminal, Markdown and HTML reports
 * each lay out these same cells. The first column is the label; every other is a number, right-aligned.
 */
final class RunTable {
    static final List<String> HEADERS = List.of("Strategy", "Rows per load", "Rows/sec", "± 99.9%", "MB/s", "× autocommit", "% of fastest");
    static final String NOT_AVAILABLE = "n/a";

    private RunTable() {
    }

    static List<List<String>> cells(List<SummaryRow> summary, List<RowWidth> widths) {
        RunFigures figures = new RunFigures(summary, widths);
        return summary.stream().map(row -> List.of(
                BenchmarkLabel.of(row),
                String.format(Locale.ROOT, "%,d", row.rows()),
                String.format(Locale.ROOT, "%,.0f", row.rowsPerSecond()),
                row.rowsPerSecondError() == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%,.0f", row.rowsPerSecondError()),
                figures.megabytesPerSecond(row).isPresent() ? String.format(Locale.ROOT, "%,.1f", figures.megabytesPerSecond(row).getAsDouble()) : NOT_AVAILABLE,
                figures.speedup(row).isPresent() ? String.format(Locale.ROOT, "%,.1f", figures.speedup(row).getAsDouble()) : NOT_AVAILABLE,
                String.format(Locale.ROOT, "%.1f%%", figures.percentOfFastest(row)))).toList();
    }

    /** What the columns mean, for under the table. */
    static String legend() {
        return "MB/s counts the rows' text form (as COPY text sends them); × autocommit and % of fastest compare loads of the same table, indexes and dataset.";
    }
}
