package org.pgloadbench.export;

import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.SummaryRow;

/**
 * A benchmark of a run with the name history-keeping tools key their series on: the label people
 * read with the rows per load ({@code COPY_BINARY [indexes pk+2] · 1M rows}), which names every
 * parameter a run can vary for a strategy. Should two benchmarks of a file still share one (a
 * parameter set by hand through JMH's {@code -p}), each gets its parameters in full, so no two
 * series merge; such names hold only within that file.
 */
record NamedBenchmark(String name, SummaryRow row) {
    /** Every benchmark of {@code rows}, in their order, named. */
    static List<NamedBenchmark> of(List<SummaryRow> rows) {
        List<String> labels = rows.stream().map(BenchmarkLabel::withRows).toList();
        return IntStream.range(0, rows.size())
                .mapToObj(i -> new NamedBenchmark(
                        Collections.frequency(labels, labels.get(i)) == 1
                                ? labels.get(i)
                                : labels.get(i) + " "
                                        + new TreeMap<>(rows.get(i).params()),
                        rows.get(i)))
                .toList();
    }
}
