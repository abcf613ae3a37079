package org.pgloadbench.result;

import java.util.List;
import java.util.Map;

/**
 * The costs of one benchmark's measured loads, as its forks recorded them. {@code key} is the
 * benchmark's {@link JmhBenchmark#key()}; {@code unavailable} names each figure that is null and why
 * (e.g. {@code serverCpu}: "the server is not a process on this host").
 */
public record BenchmarkCosts(String key, List<LoadCost> loads, Map<String, String> unavailable) {
    /** The key under which a distributed run says why its workers' costs are missing. */
    public static final String WORKERS_UNAVAILABLE = "workers";

    /**
     * Sums over the loads divided by the rows: the per-row figures of the summary. On a Citus
     * cluster WAL and server CPU are every node's (each worker counted as one more server process
     * for the busy share); full-page images and WAL records the coordinator's alone.
     */
    CostFigures figures() {
        long rows = 0;
        long wall = 0;
        long wal = 0;
        long client = 0;
        Long records = 0L;
        Long images = 0L;
        Long server = 0L;
        long backendWall = 0;
        for (LoadCost load : loads) {
            rows += load.rows();
            wall += load.wallNanos();
            wal += load.walBytes();
            client += load.clientCpuNanos();
            records = sum(records, load.walRecords());
            images = sum(images, load.fullPageImages());
            server = sum(server, load.serverCpuNanos());
            backendWall += load.wallNanos() * Math.max(1, load.serverBackends());
            // On a Citus cluster the rows are written on the workers: their WAL and CPU are the load's too.
            for (NodeCost worker : load.workers() == null ? List.<NodeCost>of() : load.workers()) {
                wal += worker.walBytes();
                server = sum(server, worker.serverCpuNanos());
                backendWall += load.wallNanos();
            }
        }
        if (rows == 0 || wall == 0) {
            return CostFigures.NONE;
        }
        double perRow = 1.0 / rows;
        if (unavailable != null && unavailable.containsKey(WORKERS_UNAVAILABLE)) {
            // The coordinator's own WAL and CPU are a sliver of a distributed load's: shown as such they would mislead.
            return new CostFigures(
                    null,
                    images == null ? null : images * perRow,
                    null,
                    client * perRow / 1_000,
                    null,
                    client / (double) wall);
        }
        return new CostFigures(
                wal * perRow,
                images == null ? null : images * perRow,
                server == null ? null : server * perRow / 1_000,
                client * perRow / 1_000,
                server == null ? null : server / (double) backendWall,
                client / (double) wall);
    }

    private static Long sum(Long total, Long value) {
        return total == null || value == null ? null : total + value;
    }
}
