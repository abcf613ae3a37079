package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pgloadbench.result.BenchmarkCosts;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.JmhSummary;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.result.NodeCost;
import org.pgloadbench.result.ResultFile;

class NodeCostsTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCoordinatorThenEachWorkerPerRowSummedOverTheLoads() throws Exception {
        List<NodeCost> first =
                List.of(new NodeCost("w1:5432", 60_000, 2_000_000L), new NodeCost("w2:5432", 40_000, null));
        List<NodeCost> second =
                List.of(new NodeCost("w1:5432", 40_000, 4_000_000L), new NodeCost("w2:5432", 60_000, 3_000_000L));
        ResultFile result = run(
                new LoadCost(1000, 10_000_000, 2_000, null, null, 1_000_000L, 1, 1_000_000, null, first),
                new LoadCost(1000, 10_000_000, 4_000, null, null, 3_000_000L, 1, 1_000_000, null, second));
        Table table = NodeCostsTable.table(result);
        String benchmark = BenchmarkLabel.withRows(
                JmhSummary.benchmarks(result.jmh()).get(0).toSummaryRow());
        assertEquals(
                List.of(
                        List.of(benchmark, "coordinator", "3", "2.00"),
                        List.of("", "w1:5432", "50", "3.00"),
                        List.of("", "w2:5432", "50", "n/a")),
                table.rows(),
                "a worker whose CPU one load could not read has none");
    }

    @Test
    void noRowsForASingleServer() throws Exception {
        assertTrue(NodeCostsTable.table(
                        run(new LoadCost(1000, 10_000_000, 2_000, null, null, 1_000_000L, 1, 1_000_000, null, null)))
                .rows()
                .isEmpty());
    }

    private static ResultFile run(LoadCost... loads) throws Exception {
        JsonNode jmh = JSON.readTree("""
                [{"benchmark": "org.pgloadbench.bench.fork.LoadBenchmark.load", "forks": 1,
                  "params": {"strategy": "COPY_TEXT", "rows": "1000"},
                  "primaryMetric": {"score": 10, "scoreError": "NaN", "scoreUnit": "ms/op", "rawData": [[10.0, 10.0]]}}]
                """);
        String key = JmhBenchmark.parse(jmh.get(0)).costKey();
        return new ResultFile(
                ResultFile.SCHEMA_VERSION,
                "2026-11-22T00:00:00Z",
                "ci",
                null,
                jmh,
                JmhSummary.summarize(jmh),
                null,
                List.of(),
                List.of(new BenchmarkCosts(key, List.of(loads), Map.of())),
                List.of(),
                null,
                null,
                null,
                null);
    }
}
