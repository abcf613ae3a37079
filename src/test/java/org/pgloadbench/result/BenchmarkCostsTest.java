package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-row figures from the loads' sums, and the forks' log read back as the launcher reads it. */
class BenchmarkCostsTest {
    @TempDir
    Path directory;

    @Test
    void figuresArePerRowAndBusySharesPerBackend() {
        BenchmarkCosts costs = new BenchmarkCosts(
                "k",
                List.of(
                        new LoadCost(1_000, 2_000_000, 100_000, 1_000L, 10L, 3_000_000L, 2, 1_000_000, null, null),
                        new LoadCost(1_000, 2_000_000, 100_000, 1_000L, 10L, 3_000_000L, 2, 1_000_000, null, null)),
                Map.of());

        CostFigures figures = costs.figures();
        assertEquals(100.0, figures.walBytesPerRow(), 1e-9);
        assertEquals(0.01, figures.fullPageImagesPerRow(), 1e-12);
        assertEquals(3.0, figures.serverCpuMicrosPerRow(), 1e-9, "3 ms of server CPU per 1,000 rows");
        assertEquals(1.0, figures.clientCpuMicrosPerRow(), 1e-9);
        assertEquals(0.75, figures.serverBusyShare(), 1e-9, "3 ms of CPU over 2 backends x 2 ms");
        assertEquals(0.5, figures.clientBusyShare(), 1e-9);
    }

    @Test
    void onACitusClusterTheWorkersWalAndCpuAreTheLoadsToo() {
        List<NodeCost> workers =
                List.of(new NodeCost("w1", 40_000, 1_000_000L), new NodeCost("w2", 60_000, 2_000_000L));
        BenchmarkCosts costs = new BenchmarkCosts(
                "k",
                List.of(new LoadCost(1_000, 2_000_000, 1_000, null, null, 1_000_000L, 1, 1_000_000, null, workers)),
                Map.of());

        CostFigures figures = costs.figures();
        assertEquals(101.0, figures.walBytesPerRow(), 1e-9, "the coordinator's 1 B/row and the workers' 100");
        assertEquals(4.0, figures.serverCpuMicrosPerRow(), 1e-9);
        assertEquals(
                4.0 / 6,
                figures.serverBusyShare(),
                1e-9,
                "4 ms over the coordinator's backend and two workers, 2 ms each");
    }

    @Test
    void aFigureOneLoadLacksIsMissingForTheBenchmark() {
        BenchmarkCosts costs = new BenchmarkCosts(
                "k",
                List.of(
                        new LoadCost(1_000, 2_000_000, 100_000, null, null, 3_000_000L, 1, 1_000_000, null, null),
                        new LoadCost(1_000, 2_000_000, 100_000, 5L, 1L, null, 1, 1_000_000, null, null)),
                Map.of());

        CostFigures figures = costs.figures();
        assertNull(figures.fullPageImagesPerRow());
        assertNull(figures.serverCpuMicrosPerRow());
        assertNull(figures.serverBusyShare());
        assertEquals(100.0, figures.walBytesPerRow(), 1e-9);
    }

    @Test
    void theLogGroupsLoadsByBenchmarkAndKeepsTheReasons() throws Exception {
        Path log = directory.resolve("costs.jsonl");
        LoadCost load = new LoadCost(500, 1_000, 2_000, null, null, null, 1, 300, null, null);
        LoadCostLog.append(log, "a", load, Map.of("serverCpu", "not on this host"));
        LoadCostLog.append(log, "b", load, Map.of());
        LoadCostLog.append(log, "a", load, Map.of("serverCpu", "not on this host"));

        List<BenchmarkCosts> costs = LoadCostLog.read(log);
        assertEquals(List.of("a", "b"), costs.stream().map(BenchmarkCosts::key).toList());
        assertEquals(List.of(load, load), costs.get(0).loads());
        assertEquals(Map.of("serverCpu", "not on this host"), costs.get(0).unavailable());
        assertEquals(List.of(), LoadCostLog.read(directory.resolve("none.jsonl")));
    }
}
