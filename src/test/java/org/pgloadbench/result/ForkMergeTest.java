package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void samplesOfEveryForkAreKeptAndTheScoreIsRecomputedOverAll() throws Exception {
        ResultFile merged = ForkMerge.merge(
                List.of(fork(100, 110), fork(90, 100)),
                "2026-11-22T00:00:00Z",
                "ci",
                null,
                List.of(),
                "base HEAD~1 (1a2b3c4)",
                null);
        JsonNode benchmark = merged.jmh().get(0);
        assertEquals(1, merged.jmh().size());
        assertEquals(2, benchmark.path("forks").asInt());
        JsonNode metric = benchmark.path("primaryMetric");
        assertEquals("[[100.0,110.0],[90.0,100.0]]", metric.path("rawData").toString());
        assertEquals(100.0, metric.path("score").asDouble(), 1e-9);
        // JMH's 99.9% error: Student's t (3 degrees of freedom, 0.9995) x the sample deviation / sqrt(4).
        double deviation = Math.sqrt((0 + 100 + 100 + 0) / 3.0);
        assertEquals(12.924 * deviation / 2, metric.path("scoreError").asDouble(), 0.01);
        assertEquals(90.0, metric.path("scorePercentiles").path("0.0").asDouble(), 1e-9);
        assertEquals(110.0, metric.path("scorePercentiles").path("100.0").asDouble(), 1e-9);
        assertEquals(4, merged.summary().get(0).samples());
        assertEquals(4, merged.loadCosts().get(0).loads().size(), "every fork's loads keep their costs");
        assertEquals("base HEAD~1 (1a2b3c4)", merged.label());
    }

    private static ResultFile fork(double... millis) throws Exception {
        JsonNode jmh = JSON.readTree("""
                [{"benchmark": "org.pgloadbench.bench.fork.LoadBenchmark.load", "forks": 1,
                  "params": {"strategy": "COPY_TEXT", "rows": "1000"},
                  "primaryMetric": {"score": 0, "scoreError": "NaN", "scoreUnit": "ms/op", "rawData": [%s]}}]
                """.formatted(JSON.writeValueAsString(millis)));
        String key = JmhBenchmark.parse(jmh.get(0)).costKey();
        List<LoadCost> loads = Arrays.stream(millis)
                .mapToObj(each ->
                        new LoadCost(1000, (long) (each * 1e6), 100_000, 1000L, 0L, null, 1, 1_000_000, null, null))
                .toList();
        return new ResultFile(
                ResultFile.SCHEMA_VERSION,
                "2026-11-22T00:00:00Z",
                "ci",
                null,
                jmh,
                JmhSummary.summarize(jmh),
                null,
                List.of(),
                List.of(new BenchmarkCosts(key, loads, Map.of())),
                List.of(),
                null,
                null,
                null,
                null);
    }
}
