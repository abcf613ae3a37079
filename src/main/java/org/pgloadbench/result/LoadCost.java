package org.pgloadbench.result;

import java.util.List;

/**
 * What one measured load cost, read before and after it outside the timed region: wall time, WAL
 * written, server CPU of every backend that served it and client CPU of the whole benchmark JVM.
 * A figure this server or host cannot give is null; {@link BenchmarkCosts#unavailable()} says why.
 *
 * @param walRecords     WAL records, from pg_stat_wal: the whole server's, so the benchmark must be its only writer
 * @param fullPageImages full-page images in the WAL, from pg_stat_wal, likewise
 * @param serverCpuNanos CPU time of the load's backends, summed, as the scheduler counts it
 * @param serverBackends how many backends served the load (one, or one per connection of a parallel load)
 * @param clientCpuNanos CPU time of the benchmark JVM: the loading thread, encoder threads, GC and JIT alike
 * @param disturbances   what else ran meanwhile; null in files written before it was recorded
 * @param workers        what each worker of a Citus cluster spent on the load; null on a single server
 */
public record LoadCost(
        long rows,
        long wallNanos,
        long walBytes,
        Long walRecords,
        Long fullPageImages,
        Long serverCpuNanos,
        int serverBackends,
        long clientCpuNanos,
        Disturbances disturbances,
        List<NodeCost> workers) {}
