package org.pgloadbench.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.bench.launch.TrialLoad;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.SkippedStrategy;
import org.pgloadbench.server.CitusCluster;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.server.ServerFingerprint;
import org.pgloadbench.strategy.CopyFormat;

/** What a run learns about a Citus coordinator before it measures: the cluster's shape, and what it refuses. */
final class DistributedTarget {
    private DistributedTarget() {}

    /** The coordinator's cluster, each worker read through it; one sentence where it is no cluster to distribute over. */
    static Environment.Cluster read(ConnectionSettings coordinator, Distribution distribution) {
        try (Connection c = coordinator.open()) {
            CitusCluster cluster = CitusCluster.read(c);
            List<ServerFingerprint> fingerprints = cluster.workerFingerprints(c);
            List<Environment.Node> nodes = new ArrayList<>();
            for (int i = 0; i < fingerprints.size(); i++) {
                nodes.add(new Environment.Node(
                        cluster.workers().get(i).name(),
                        fingerprints.get(i).serverVersion(),
                        fingerprints.get(i).settings()));
            }
            return new Environment.Cluster(
                    cluster.citusVersion(), distribution.describe(cluster.defaultShardCount()), nodes);
        } catch (CitusCluster.NotACluster e) {
            throw new UserError(
                    "--distributed " + distribution.kind().label() + ": the server at " + coordinator + " "
                            + e.getMessage(),
                    e);
        } catch (SQLException e) {
            throw new UserError(
                    "cannot read the Citus cluster behind " + coordinator + ": " + TrialLoad.firstLine(e.getMessage()),
                    e);
        }
    }

    /**
     * The strategies whose trial load of a hundred rows failed, for any of their connection counts
     * and formats, each with the server's message; first every planned table is distributed once,
     * and one the cluster cannot distribute ends the run in one sentence.
     */
    static List<SkippedStrategy> refusals(
            List<PlannedRun> plan, ConnectionSettings coordinator, Distribution distribution, Path serverFiles) {
        List<SkippedStrategy> refused = new ArrayList<>();
        try {
            for (PlannedRun run : plan.stream()
                    .filter(distinctBy(run -> run.table().quotedName()))
                    .toList()) {
                try {
                    TrialLoad.distribute(run.table(), coordinator, distribution);
                } catch (SQLException e) {
                    throw new UserError(
                            "--distributed " + distribution.kind().label() + ": the cluster cannot distribute table "
                                    + run.table().quotedName() + ": " + TrialLoad.firstLine(e.getMessage()),
                            e);
                }
            }
            for (PlannedRun run : plan.stream()
                    .filter(distinctBy(run -> run.strategy() + " " + run.table().quotedName()))
                    .toList()) {
                Optional<String> failure = Optional.empty();
                for (int connections : run.connections()) {
                    for (CopyFormat format : run.formats()) {
                        if (failure.isEmpty()
                                && refused.stream()
                                        .noneMatch(skip -> skip.strategy()
                                                .equals(run.strategy().name()))) {
                            failure = TrialLoad.failure(
                                            run, connections, format, coordinator, distribution, serverFiles)
                                    .map(why -> "a trial load of 100 rows into "
                                            + run.table().quotedName() + " on this cluster failed"
                                            + (run.connections().size() > 1
                                                    ? " at " + connections + " connections"
                                                    : "")
                                            + ": " + why);
                        }
                    }
                }
                failure.ifPresent(
                        why -> refused.add(new SkippedStrategy(run.strategy().name(), why)));
            }
        } catch (SQLException e) {
            throw new UserError(
                    "cannot make a trial load on " + coordinator + ": " + TrialLoad.firstLine(e.getMessage()), e);
        }
        refused.forEach(skip -> System.out.printf("Skipping %s: %s.%n", skip.strategy(), skip.reason()));
        return refused;
    }

    private static <T> Predicate<T> distinctBy(Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }
}
