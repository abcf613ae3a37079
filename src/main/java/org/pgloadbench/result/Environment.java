package org.pgloadbench.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pgloadbench.server.Durability;

/**
 * Everything about where a run happened that can change its numbers. No credentials, ever.
 * {@code loaderSettings} holds the suite's own fixed sizes that change results (COPY buffer, rows
 * per pipelined batch, rows per streamed chunk); null in files written before they were recorded.
 * {@code network} is the latency proxy's, null for a run without {@code --rtt}.
 */
public record Environment(
        Machine machine,
        Os os,
        Jdk jdk,
        String pgjdbcVersion,
        Postgres postgres,
        Map<String, Integer> loaderSettings,
        Network network) {
    /**
     * {@code cpuidleGovernor} matters to round-trip-bound strategies: in a VM, {@code haltpoll}
     * makes every cross-CPU wake-up of client or server cost a VM exit once it stops polling.
     */
    public record Machine(String hostname, String cpuModel, int cores, Long memoryBytes, String cpuidleGovernor) {}

    public record Os(String name, String version, String arch) {}

    public record Jdk(String version, String vendor, String vmName) {}

    /**
     * A run through the latency proxy: the round trip asked for, the one it measured adding
     * ({@code measuredRttMillis}: median SELECT 1 through the proxy minus straight to the server), and
     * those two medians.
     */
    public record Network(
            double askedRttMillis, double measuredRttMillis, double roundTripMillis, double directRoundTripMillis) {
        /** {@code RTT 0.5 ms}, the asked value: what a reader compares runs by. */
        public String label() {
            return "RTT " + millisText(askedRttMillis) + " ms";
        }

        /** {@code 0.5ms}: for file names. */
        public String fileTag() {
            return millisText(askedRttMillis) + "ms";
        }

        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "asked %.3f ms, measured %.3f ms (median SELECT 1: %.3f ms through the proxy, " + "%.3f ms direct)",
                    askedRttMillis,
                    measuredRttMillis,
                    roundTripMillis,
                    directRoundTripMillis);
        }

        /** {@code 0.5}, {@code 2}: milliseconds without trailing zeros. */
        public static String millisText(double millis) {
            return new BigDecimal(Double.toString(millis)).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * The same run as seen by a launcher that started the server and the proxy itself: its target
     * and network in place of what a launcher given only their address recorded (an external server,
     * no proxy).
     */
    public Environment seenFrom(String target, Network seenNetwork) {
        return new Environment(
                machine,
                os,
                jdk,
                pgjdbcVersion,
                new Postgres(
                        target,
                        postgres.url(),
                        postgres.serverVersion(),
                        postgres.serverVersionNumber(),
                        postgres.settings(),
                        postgres.cluster()),
                loaderSettings,
                seenNetwork);
    }

    /**
     * {@code target} is embedded, container or external; {@code url} is masked; {@code cluster} is
     * null unless the server is a Citus coordinator the run distributed its tables over.
     */
    public record Postgres(
            String target,
            String url,
            String serverVersion,
            int serverVersionNumber,
            Map<String, String> settings,
            Cluster cluster) {
        /**
         * The settings that decide what a crash would cost the loaded rows: the server's, or on a
         * Citus cluster the first node's (coordinator, then each worker) that risks them, since the
         * workers store the rows and a worker with fsync off makes every load look faster.
         */
        public Map<String, String> leastDurableSettings() {
            if (cluster == null || !Durability.warning(settings).isEmpty()) {
                return settings;
            }
            return cluster.workers().stream()
                    .map(Node::settings)
                    .filter(node -> !Durability.warning(node).isEmpty())
                    .findFirst()
                    .orElse(settings);
        }
    }

    /**
     * The Citus cluster behind a coordinator, as read when the run began.
     *
     * @param distribution how the run spread its tables, e.g. {@code hash-distributed over 32 shards}
     */
    public record Cluster(String citusVersion, String distribution, List<Node> workers) {
        /** {@code Citus 13.2-1, 2 workers, hash-distributed over 32 shards}. */
        public String describe() {
            return "Citus " + citusVersion + ", " + workerCount() + ", " + distribution;
        }

        /** {@code Citus, 2 workers}: for a legend. */
        public String label() {
            return "Citus, " + workerCount();
        }

        /** {@code w1:5432 (PostgreSQL 15.20), w2:5432 (PostgreSQL 15.20)}. */
        public String workersDescription() {
            return workers.stream()
                    .map(node -> node.name() + " (PostgreSQL " + node.serverVersion() + ")")
                    .collect(Collectors.joining(", "));
        }

        private String workerCount() {
            return workers.size() + " worker" + (workers.size() == 1 ? "" : "s");
        }
    }

    /** A worker: host:port as the coordinator reaches it, its version and the settings every server's result records. */
    public record Node(String name, String serverVersion, Map<String, String> settings) {}
}
