package org.pgloadbench.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.RowWidth;
import org.pgloadbench.result.SummaryRow;

/**
 * A run's summary table, one row per benchmark: the terminal, Markdown and HTML reports each lay
 * out this same {@link Table}. The first column is the label; every other is a number.
 */
final class RunTable {
    private static final List<String> HEADERS = List.of(
            "Strategy",
            "Rows per load",
            "Rows/sec",
            "± 99.9%",
            "MB/s",
            "× autocommit",
            "% of fastest",
            "% of server COPY",
            "WAL B/row",
            "FPI/row",
            "Server µs/row",
            "Client µs/row",
            "Server busy",
            "Client busy");
    static final String NOT_AVAILABLE = "n/a";

    private RunTable() {}

    static Table table(List<SummaryRow> summary, List<RowWidth> widths) {
        return new Table(HEADERS, cells(summary, widths), legend());
    }

    private static List<List<String>> cells(List<SummaryRow> summary, List<RowWidth> widths) {
        RunFigures figures = new RunFigures(summary, widths);
        return summary.stream()
                .map(row -> List.of(
                        BenchmarkLabel.of(row),
                        String.format(Locale.ROOT, "%,d", row.rows()),
                        String.format(Locale.ROOT, "%,.0f", row.rowsPerSecond()),
                        format("%,.0f", row.rowsPerSecondError()),
                        format("%,.1f", figures.megabytesPerSecond(row)),
                        format("%,.1f", figures.speedup(row)),
                        String.format(Locale.ROOT, "%.1f%%", figures.percentOfFastest(row)),
                        format("%.1f%%", figures.percentOfCeiling(row)),
                        format("%,.0f", row.walBytesPerRow()),
                        format("%.3f", row.fullPageImagesPerRow()),
                        format("%,.2f", row.serverCpuMicrosPerRow()),
                        format("%,.2f", row.clientCpuMicrosPerRow()),
                        percent(row.serverBusyShare()),
                        percent(row.clientBusyShare())))
                .toList();
    }

    /** The value in the pattern, or n/a where there is none. */
    private static String format(String pattern, Double value) {
        return value == null ? NOT_AVAILABLE : String.format(Locale.ROOT, pattern, value);
    }

    private static String format(String pattern, OptionalDouble value) {
        return format(pattern, value.isPresent() ? value.getAsDouble() : null);
    }

    private static String percent(Double share) {
        return format("%.0f%%", share == null ? null : 100 * share);
    }

    /** What the columns mean, for under the table. */
    private static String legend() {
        return "MB/s counts the rows' text form (as COPY text sends them); × autocommit, % of fastest and % of server COPY (the server "
                + "loading a file itself, no client in the path) compare loads of the same table, indexes, dataset and rows already there. WAL and full-page images (FPI) are the server's during the load (on a Citus cluster WAL and server CPU are every node's: the coordinator's load backends and each worker's server); busy is CPU time over wall time "
                + "(the server's per backend; the client's over every JVM thread); the rest is waiting.";
    }
}
