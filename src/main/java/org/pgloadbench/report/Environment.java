package org.pgloadbench.report;

import java.util.Map;

/**
 * Everything about where a run happened that can change its numbers. No credentials, ever.
 * {@code loaderSettings} holds the suite's own fixed sizes that change results (COPY buffer, rows
 * per pipelined batch, rows per streamed chunk); null in files written before they were recorded.
 */
public record Environment(Machine machine, Os os, Jdk jdk, String pgjdbcVersion, Postgres postgres,
                          Map<String, Integer> loaderSettings) {
    /**
     * {@code cpuidleGovernor} matters to round-trip-bound strategies: in a VM, {@code haltpoll}
     * makes every cross-CPU wake-up of client or server cost a VM exit once it stops polling.
     */
    public record Machine(String hostname, String cpuModel, int cores, Long memoryBytes, String cpuidleGovernor) {
    }

    public record Os(String name, String version, String arch) {
    }

    public record Jdk(String version, String vendor, String vmName) {
    }

    /** {@code target} is embedded, container or external; {@code url} is masked. */
    public record Postgres(String target, String url, String serverVersion, int serverVersionNumber,
                           Map<String, String> settings) {
    }
}
