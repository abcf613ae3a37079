package org.pgloadbench.report;

import java.util.List;
import java.util.Locale;

/** The terminal table: strategy, rows, rows/sec with its error, and speed-up over autocommit INSERTs. */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String render(List<SummaryRow> rows) {
        RunFigures figures = new RunFigures(rows);
        int labelWidth = Math.max("Strategy".length(), rows.stream().mapToInt(row -> BenchmarkLabel.of(row).length()).max().orElse(0));
        String format = "%-" + labelWidth + "s  %10s  %12s  %12s  %13s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, format, "Strategy", "Rows", "Rows/sec", "± 99.9%", "× autocommit"));
        table.append("-".repeat(labelWidth + 2 + 10 + 2 + 12 + 2 + 12 + 2 + 13)).append('\n');
        for (SummaryRow row : rows) {
            table.append(String.format(Locale.ROOT, format, BenchmarkLabel.of(row),
                    String.format(Locale.ROOT, "%,d", row.rows()),
                    String.format(Locale.ROOT, "%,.0f", row.rowsPerSecond()),
                    row.rowsPerSecondError() == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", row.rowsPerSecondError()),
                    figures.speedup(row).isPresent() ? String.format(Locale.ROOT, "%,.1f", figures.speedup(row).getAsDouble()) : "n/a"));
        }
        return table.toString();
    }
}
