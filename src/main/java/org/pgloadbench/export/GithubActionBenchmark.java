package org.pgloadbench.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * github-action-benchmark's custom formats: an array of {@code name}, {@code unit}, {@code value},
 * optional {@code range} and {@code extra}. Its {@code jmh} tool would chart milliseconds per load,
 * each load size apart, under JMH's method name and parameters; here each benchmark is named as the
 * reports name it and charted in rows/sec ({@code customBiggerIsBetter}), and the costs per row go in
 * a second file for {@code customSmallerIsBetter}, the action taking one direction per file.
 */
final class GithubActionBenchmark {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GithubActionBenchmark() {}

    /** Rows/sec per benchmark, the half-width of its 99.9% interval as the range, what was loaded as the tooltip. */
    static ArrayNode rowsPerSecond(ResultFile result) {
        ArrayNode entries = JSON.arrayNode();
        for (NamedBenchmark benchmark : NamedBenchmark.of(result.summary())) {
            SummaryRow row = benchmark.row();
            ObjectNode entry = entries.addObject()
                    .put("name", benchmark.name())
                    .put("unit", "rows/s")
                    .put("value", Math.round(row.rowsPerSecond()));
            if (row.rowsPerSecondError() != null) {
                entry.put("range", "± " + Math.round(row.rowsPerSecondError()));
            }
            entry.put("extra", extra(result.environment(), row));
        }
        return entries;
    }

    /** WAL bytes and server CPU microseconds per row, each a benchmark of its own, where the run measured them. */
    static ArrayNode costs(ResultFile result) {
        ArrayNode entries = JSON.arrayNode();
        for (NamedBenchmark benchmark : NamedBenchmark.of(result.summary())) {
            SummaryRow row = benchmark.row();
            String extra = extra(result.environment(), row);
            cost(entries, benchmark.name() + " · WAL", "B/row", row.walBytesPerRow(), 1, extra);
            cost(entries, benchmark.name() + " · server CPU", "us/row", row.serverCpuMicrosPerRow(), 3, extra);
        }
        return entries;
    }

    /** One cost entry; none where the run did not measure it. */
    private static void cost(ArrayNode entries, String name, String unit, Double value, int decimals, String extra) {
        if (value != null) {
            entries.addObject()
                    .put("name", name)
                    .put("unit", unit)
                    .put("value", Figures.rounded(value, decimals))
                    .put("extra", extra);
        }
    }

    /** The tooltip: what was loaded, into which server, from how many loads. */
    private static String extra(Environment environment, SummaryRow row) {
        Environment.Postgres server = environment.postgres();
        return "rows per load: " + row.rows()
                + "\ntable: " + BenchmarkLabel.table(row)
                + "\nserver: PostgreSQL " + server.serverVersion() + " (" + server.target() + ")"
                + "\nmeasured loads: " + row.samples();
    }
}
