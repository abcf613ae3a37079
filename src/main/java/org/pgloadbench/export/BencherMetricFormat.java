package org.pgloadbench.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * Bencher Metric Format: an object of benchmarks, each an object of measures (by slug), each a
 * {@code value} with optional {@code lower_value} and {@code upper_value}. Bencher's JMH adapter
 * would key every benchmark on JMH's method name, which is the same for every strategy (the
 * strategy is a parameter it ignores), and accepts only {@code X/op} or {@code ops/X} units; this
 * names each strategy and parameter set and gives rows/sec its own measure.
 */
final class BencherMetricFormat {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BencherMetricFormat() {}

    static ObjectNode of(ResultFile result) {
        ObjectNode benchmarks = JSON.objectNode();
        for (NamedBenchmark benchmark : NamedBenchmark.of(result.summary())) {
            SummaryRow row = benchmark.row();
            ObjectNode measures = benchmarks.putObject(benchmark.name());
            ObjectNode rate = measures.putObject("rows-per-second").put("value", Math.round(row.rowsPerSecond()));
            if (row.rowsPerSecondError() != null) {
                rate.put("lower_value", Math.round(Math.max(0, row.rowsPerSecond() - row.rowsPerSecondError())))
                        .put("upper_value", Math.round(row.rowsPerSecond() + row.rowsPerSecondError()));
            }
            if (row.walBytesPerRow() != null) {
                measures.putObject("wal-bytes-per-row").put("value", Figures.rounded(row.walBytesPerRow(), 1));
            }
            if (row.serverCpuMicrosPerRow() != null) {
                measures.putObject("server-cpu-us-per-row")
                        .put("value", Figures.rounded(row.serverCpuMicrosPerRow(), 3));
            }
            if (row.clientCpuMicrosPerRow() != null) {
                measures.putObject("client-cpu-us-per-row")
                        .put("value", Figures.rounded(row.clientCpuMicrosPerRow(), 3));
            }
        }
        return benchmarks;
    }
}
