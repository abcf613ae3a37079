package org.pgloadbench.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The terminal table: strategy, rows, rows/sec with its error, and speed-up over autocommit INSERTs. */
public final class SummaryTable {
    private static final String BASELINE = "INSERT_AUTOCOMMIT";

    private SummaryTable() {
    }

    public static String render(List<SummaryRow> rows) {
        OptionalDouble baseline = rows.stream().filter(row -> row.strategy().equals(BASELINE))
                .mapToDouble(SummaryRow::rowsPerSecond).max();
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
                    baseline.isPresent() ? String.format(Locale.ROOT, "%,.1f", row.rowsPerSecond() / baseline.getAsDouble()) : "n/a"));
        }
        return table.toString();
    }
}
