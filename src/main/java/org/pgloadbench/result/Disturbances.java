package org.pgloadbench.result;

import java.util.ArrayList;
import java.util.List;

/**
 * What else happened while one load ran, read before and after it like its costs: work that is not
 * the load's own but takes the same two cores or the same disks, so a load it overlapped may be
 * slower for reasons the strategy does not control. A figure that cannot be read here is null.
 *
 * @param checkpoints    checkpoints the server began during the load (each load starts from a fresh one)
 * @param autovacuums    autovacuum or autoanalyze passes that finished during the load or were running at its end
 * @param gcNanos        time the benchmark JVM's collectors reported (on JDK 17 G1 reports its pauses only)
 * @param jitNanos       time the benchmark JVM's JIT compilers spent compiling: a fork still warming up
 * @param otherCpuNanos  CPU time the machine spent on processes that are neither the server's (backends,
 *                       WAL writer, checkpointer, autovacuum), nor the benchmark's JVMs, nor the kernel's threads
 * @param stealNanos     time the hypervisor ran other guests on this machine's CPUs, summed over them
 * @param probeNanos     a fixed piece of work timed in the client just before and just after the load,
 *                       averaged: recorded to tell a machine-wide slowdown (a virtual machine's host busy
 *                       elsewhere) from one of the server alone; here it did not follow the slow loads,
 *                       so it is data, not a mark
 * @param backendMigrations  times the scheduler moved the load's backends to another CPU during it
 * @param backendPreemptions times it took the CPU from them while they could still run
 */
public record Disturbances(
        Long checkpoints,
        Long autovacuums,
        Long gcNanos,
        Long jitNanos,
        Long otherCpuNanos,
        Long stealNanos,
        Long probeNanos,
        Long backendMigrations,
        Long backendPreemptions) {
    /**
     * GC, JIT, other processes or the hypervisor below this share of the load's wall time go
     * unmentioned: at 5% a quick run listed some forty loads, nearly all of them near their median.
     */
    static final double NOTICEABLE_SHARE = 0.10;

    /** What disturbed a load of {@code wallNanos}, in words ("a checkpoint", "GC 120 ms"); empty if nothing did. */
    public List<String> describe(long wallNanos) {
        List<String> found = new ArrayList<>();
        if (checkpoints != null && checkpoints > 0) {
            found.add(checkpoints == 1 ? "a checkpoint" : checkpoints + " checkpoints");
        }
        if (autovacuums != null && autovacuums > 0) {
            found.add(autovacuums == 1 ? "an autovacuum" : autovacuums + " autovacuums");
        }
        noticeable(found, gcNanos, wallNanos, "GC");
        noticeable(found, jitNanos, wallNanos, "JIT compiling");
        noticeable(found, otherCpuNanos, wallNanos, "other processes");
        noticeable(found, stealNanos, wallNanos, "hypervisor steal");
        return found;
    }

    private static void noticeable(List<String> found, Long nanos, long wallNanos, String what) {
        if (nanos != null && nanos >= NOTICEABLE_SHARE * wallNanos) {
            found.add(String.format("%s %,d ms", what, nanos / 1_000_000));
        }
    }
}
