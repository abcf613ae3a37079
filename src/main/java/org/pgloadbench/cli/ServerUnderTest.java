package org.pgloadbench.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.network.DelayingProxy;
import org.pgloadbench.network.RoundTripCheck;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.SkippedStrategy;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.server.Durability;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.ServerFingerprint;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyContext;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * A started or attached server, read back and announced, with the connection the loads use: the
 * server's own, or the latency proxy's in front of it once the proxy is calibrated and checked.
 */
record ServerUnderTest(
        PostgresServer server,
        ServerFingerprint fingerprint,
        ConnectionSettings loads,
        Environment.Network network,
        Distribution distribution,
        Environment.Cluster cluster,
        Path serverFiles) {

    /** The latency proxy a setup asks for in front of {@code server}, listening; null for none. */
    static DelayingProxy proxyFor(ServerSetup setup, PostgresServer server) throws IOException {
        if (setup.roundTrip() == null) {
            return null;
        }
        InetSocketAddress address;
        try {
            address = server.connection().serverAddress();
        } catch (IllegalArgumentException e) {
            throw new UserError("--rtt: " + e.getMessage(), e);
        }
        return DelayingProxy.start(address, 0);
    }

    /**
     * Reads the server back, prints what it is, reads the Citus cluster behind it where the run
     * distributes its tables, and calibrates the proxy if there is one.
     */
    static ServerUnderTest check(
            ServerSetup setup,
            PostgresServer server,
            DelayingProxy proxy,
            Path runDirectory,
            Distribution distribution) {
        ServerFingerprint fingerprint = fingerprint(server.connection());
        String warning = Durability.warning(fingerprint.settings());
        System.out.printf(
                "Server: PostgreSQL %s (%s) at %s; fsync=%s, synchronous_commit=%s%s%n",
                fingerprint.serverVersion(),
                server.target().label(),
                server.connection(),
                fingerprint.settings().get("fsync"),
                fingerprint.settings().get("synchronous_commit"),
                warning.isEmpty() ? "" : ". " + warning);
        Environment.Cluster cluster =
                distribution.distributed() ? DistributedTarget.read(server.connection(), distribution) : null;
        if (cluster != null) {
            System.out.println("Cluster: " + cluster.describe() + "; workers " + cluster.workersDescription() + ".");
            cluster.workers().stream()
                    .filter(node -> !Durability.warning(node.settings()).isEmpty())
                    .forEach(node -> System.out.println(
                            "Worker " + node.name() + ": " + Durability.warning(node.settings()) + "."));
        }
        ConnectionSettings loads =
                proxy == null ? server.connection() : server.connection().through(proxy.address());
        Environment.Network network =
                proxy == null ? null : RoundTripCheck.calibrate(proxy, setup.roundTrip(), server.connection(), loads);
        if (network != null) {
            System.out.println("Network: every load goes through a latency proxy; " + network.describe() + ".");
        }
        // The server's own file load is probed where its forks will write: inside this run's directory.
        return new ServerUnderTest(
                server, fingerprint, loads, network, distribution, cluster, RunDirectory.serverFiles(runDirectory));
    }

    /** The strategies this server cannot run, each announced with the reason: left out with a note, never faked. */
    List<SkippedStrategy> unrunnable(List<Strategy> strategies) throws SQLException {
        List<SkippedStrategy> skipped = new ArrayList<>();
        try (Connection c = server.connection().open()) {
            for (Strategy strategy : strategies.stream().distinct().toList()) {
                Optional<String> reason = strategy.runsOn(fingerprint.majorVersion())
                        ? strategy.unmetRequirementOn(new StrategyContext(server.connection(), c, serverFiles))
                        : Optional.of("it needs PostgreSQL " + strategy.minimumServerMajorVersion()
                                + " or newer and this server is " + fingerprint.serverVersion());
                reason.ifPresent(why -> skipped.add(new SkippedStrategy(strategy.name(), why)));
            }
        }
        skipped.forEach(skip -> System.out.printf("Skipping %s: %s.%n", skip.strategy(), skip.reason()));
        return skipped;
    }

    /**
     * Refuses, before any load, a plan whose loads would need more connections at once than the
     * server accepts: otherwise the run measures every strategy before it, then fails on the one that
     * opens them ({@code FATAL: sorry, too many clients already}).
     */
    void checkConnections(List<PlannedRun> plan) throws SQLException {
        int most = plan.stream()
                .filter(run -> run.strategy().reads(StrategyParameter.CONNECTIONS))
                .flatMap(run -> run.connections().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        if (most == 0) {
            return;
        }
        try (Connection c = server.connection().open();
                Statement statement = c.createStatement();
                ResultSet limits = statement.executeQuery("SELECT current_setting('max_connections')::int, "
                        + "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')")) {
            limits.next();
            int allowed = limits.getInt(1);
            int inUse = limits.getInt(2) - 1; // this query's own connection is not the run's
            // The benchmark's own connection besides the strategy's: one more than it asks for.
            if (most + 1 > allowed - inUse) {
                throw new UserError("--connections " + most + " would open " + (most + 1) + " connections at once, "
                        + "and this server accepts " + (allowed - inUse) + " (max_connections " + allowed
                        + (inUse > 0 ? ", " + inUse + " in use" : "") + ")");
            }
        }
    }

    /** On a Citus cluster, the strategies it refuses, each announced with the server's message; none on a single server. */
    List<SkippedStrategy> refusedByCluster(List<PlannedRun> plan) {
        return distribution.distributed()
                ? DistributedTarget.refusals(plan, server.connection(), distribution, serverFiles)
                : List.of();
    }

    Environment environment() {
        return RunEnvironment.describe(server.target(), server.connection(), fingerprint, cluster, network);
    }

    private static ServerFingerprint fingerprint(ConnectionSettings connection) {
        try (Connection c = connection.open()) {
            return ServerFingerprint.read(c);
        } catch (SQLException e) {
            throw new UserError("cannot use the server at " + connection + ": " + e.getMessage(), e);
        }
    }
}
