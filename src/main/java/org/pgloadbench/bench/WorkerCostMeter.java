package org.pgloadbench.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.report.NodeCost;
import org.pgloadbench.server.BackendProcess;
import org.pgloadbench.server.CitusCluster;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.ProcessCpu;

/**
 * What each worker of a Citus cluster spends on a load, read just before and after it over a
 * connection of this meter's own to every worker (the coordinator's address for it, the run's user
 * and password): the WAL insert position and, where the worker runs on this host, the CPU time of
 * its whole server. A distributed load's work happens in backends the coordinator opens on the
 * workers, which the client cannot name, so the whole server is what can be counted; on a worker
 * that serves nothing else that is the load's cost plus the WAL writer's and checkpointer's.
 */
final class WorkerCostMeter implements AutoCloseable {
    private final List<String> names = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    /** Per worker, its server's processes; null where they are not this host's. */
    private final List<BackendProcess> processes = new ArrayList<>();
    private List<Reading> before;

    private record Reading(long walBytes, ProcessCpu.Group cpu) {
    }

    private WorkerCostMeter() {
    }

    /**
     * @throws SQLException where a worker cannot be reached from here: a figure per node needs all of them
     * @throws IllegalArgumentException where the coordinator's URL names several hosts, so no single one to replace
     */
    static WorkerCostMeter open(ConnectionSettings coordinator, List<CitusCluster.Worker> workers) throws SQLException {
        WorkerCostMeter meter = new WorkerCostMeter();
        try {
            for (CitusCluster.Worker worker : workers) {
                Connection connection = coordinator.at(worker.host(), worker.port()).open();
                meter.connections.add(connection);
                meter.names.add(worker.name());
                meter.processes.add(BackendProcess.of(connection).orElse(null));
            }
        } catch (SQLException | RuntimeException e) {
            meter.close();
            throw e;
        }
        return meter;
    }

    /** The workers whose processes this host cannot read (another machine, a container): their CPU is null. */
    List<String> workersWithoutCpu() {
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (processes.get(i) == null) {
                unreadable.add(names.get(i));
            }
        }
        return unreadable;
    }

    /** Each worker's CPU time is read after its query, so the query's own work stays outside the interval. */
    void before() throws SQLException {
        before = read(false);
    }

    /** Here the CPU time first, then the query, for the same reason. */
    List<NodeCost> after() throws SQLException {
        List<Reading> after = read(true);
        List<NodeCost> costs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ProcessCpu.Group then = before.get(i).cpu();
            ProcessCpu.Group now = after.get(i).cpu();
            costs.add(new NodeCost(names.get(i), after.get(i).walBytes() - before.get(i).walBytes(),
                    then == null || now == null ? null : now.since(then)));
        }
        return costs;
    }

    private List<Reading> read(boolean cpuFirst) throws SQLException {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < connections.size(); i++) {
            ProcessCpu.Group cpu = cpuFirst ? cpu(i) : null;
            long walBytes;
            try (Statement statement = connections.get(i).createStatement();
                 ResultSet row = statement.executeQuery("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn")) {
                row.next();
                walBytes = row.getLong(1);
            }
            readings.add(new Reading(walBytes, cpuFirst ? cpu : cpu(i)));
        }
        return readings;
    }

    private ProcessCpu.Group cpu(int worker) {
        BackendProcess process = processes.get(worker);
        return process == null ? null : process.serverCpu().orElse(null);
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
