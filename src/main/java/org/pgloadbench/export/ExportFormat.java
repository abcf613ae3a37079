package org.pgloadbench.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pgloadbench.result.ResultFile;

/**
 * The formats {@code ./run-bench.sh export} writes a result file in, each what one family of tools
 * reads. Rows/sec is throughput, bigger is better; WAL and CPU per row are costs, smaller is better:
 * a tool that assumes one direction for every figure (github-action-benchmark does) gets them in
 * separate files.
 */
public enum ExportFormat {
    /** JMH's own JSON array, as {@code -rf json} writes it: JMH Visualizer, github-action-benchmark's {@code jmh} tool, Bencher's JMH adapter. */
    JMH {
        @Override
        public JsonNode render(ResultFile result) {
            return result.jmh();
        }
    },
    /** github-action-benchmark's {@code customBiggerIsBetter}: rows/sec per benchmark, the 99.9% interval as its range. */
    GITHUB_ACTION_BENCHMARK {
        @Override
        public JsonNode render(ResultFile result) {
            return GithubActionBenchmark.rowsPerSecond(result);
        }
    },
    /** github-action-benchmark's {@code customSmallerIsBetter}: WAL bytes and server CPU per row. */
    GITHUB_ACTION_BENCHMARK_COSTS {
        @Override
        public JsonNode render(ResultFile result) {
            return GithubActionBenchmark.costs(result);
        }
    },
    /** Bencher Metric Format: rows/sec with its interval, WAL bytes and server and client CPU per row. */
    BMF {
        @Override
        public JsonNode render(ResultFile result) {
            return BencherMetricFormat.of(result);
        }
    };

    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    /** The result in this format, as JSON. */
    public abstract JsonNode render(ResultFile result);

    /** The result in this format, as the file holds it: indented JSON and a newline. */
    public String text(ResultFile result) {
        try {
            return PRETTY.writeValueAsString(render(result)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the command line names it: {@code github-action-benchmark}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values())
                .filter(format -> format.optionName().equals(name))
                .findFirst();
    }

    /** Every format's name, for a sentence: {@code jmh, github-action-benchmark, ... or bmf}. */
    public static String names() {
        List<String> names =
                Arrays.stream(values()).map(ExportFormat::optionName).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
