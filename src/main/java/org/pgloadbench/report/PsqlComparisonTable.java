package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.PsqlResult;
import org.pgloadbench.result.SummaryRow;

/** Java strategy against psql doing the same load: rows/sec of each and their ratio. */
public final class PsqlComparisonTable {
    private PsqlComparisonTable() {}

    /** The comparison as the console prints it. */
    public static String render(List<SummaryRow> summary, List<PsqlResult> psql) {
        return table(summary, psql).toText();
    }

    static Table table(List<SummaryRow> summary, List<PsqlResult> psql) {
        List<List<String>> rows = new ArrayList<>();
        for (PsqlResult reference : psql) {
            Optional<SummaryRow> java =
                    summary.stream().filter(row -> sameLoad(row, reference)).findFirst();
            String label = BenchmarkLabel.of(new SummaryRow(
                    reference.strategy(),
                    reference.rows(),
                    reference.params(),
                    reference.rowsPerSecond(),
                    reference.rowsPerSecondError(),
                    reference.samplesMillis().size()));
            rows.add(List.of(
                    label,
                    String.format(Locale.ROOT, "%,d", reference.rows()),
                    java.map(row -> String.format(Locale.ROOT, "%,.0f", row.rowsPerSecond()))
                            .orElse("n/a"),
                    String.format(Locale.ROOT, "%,.0f", reference.rowsPerSecond()),
                    java.map(row -> String.format(Locale.ROOT, "%.2f", row.rowsPerSecond() / reference.rowsPerSecond()))
                            .orElse("n/a")));
        }
        return new Table(
                List.of("Same load, Java vs psql", "Rows", "Java rows/sec", "psql rows/sec", "Java / psql"), rows, "");
    }

    private static boolean sameLoad(SummaryRow row, PsqlResult reference) {
        return row.strategy().equals(reference.strategy())
                && row.rows() == reference.rows()
                && row.params()
                        .get("rowsPerStatement")
                        .equals(reference.params().get("rowsPerStatement"));
    }
}
