package org.pgloadbench.bench.fork;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.result.NodeCost;
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
    private final List<Worker> workers = new ArrayList<>();
    private List<Reading> before;

    /** @param process its server's processes; null where they are not this host's */
    private record Worker(String name, Connection connection, BackendProcess process) {
        ProcessCpu.Group cpu() {
            return process == null ? null : process.serverCpu().orElse(null);
        }
    }

    private record Reading(long walBytes, ProcessCpu.Group cpu) {}

    private WorkerCostMeter() {}

    /**
     * @throws SQLException where a worker cannot be reached from here: a figure per node needs all of them
     * @throws IllegalArgumentException where the coordinator's URL names several hosts, so no single one to replace
     */
    static WorkerCostMeter open(ConnectionSettings coordinator, List<CitusCluster.Worker> workers) throws SQLException {
        WorkerCostMeter meter = new WorkerCostMeter();
        try {
            for (CitusCluster.Worker worker : workers) {
                Connection connection =
                        coordinator.at(worker.host(), worker.port()).open();
                try {
                    meter.workers.add(new Worker(
                            worker.name(),
                            connection,
                            BackendProcess.of(connection).orElse(null)));
                } catch (SQLException | RuntimeException e) {
                    connection.close();
                    throw e;
                }
            }
        } catch (SQLException | RuntimeException e) {
            meter.close();
            throw e;
        }
        return meter;
    }

    /** The workers whose processes this host cannot read (another machine, a container): their CPU is null. */
    List<String> workersWithoutCpu() {
        return workers.stream()
                .filter(worker -> worker.process() == null)
                .map(Worker::name)
                .toList();
    }

    /** Each worker's CPU time is read after its query, so the query's own work stays outside the interval. */
    void before() throws SQLException {
        before = read(false);
    }

    /** Here the CPU time first, then the query, for the same reason. */
    List<NodeCost> after() throws SQLException {
        List<Reading> after = read(true);
        List<NodeCost> costs = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            ProcessCpu.Group then = before.get(i).cpu();
            ProcessCpu.Group now = after.get(i).cpu();
            costs.add(new NodeCost(
                    workers.get(i).name(),
                    after.get(i).walBytes() - before.get(i).walBytes(),
                    then == null || now == null ? null : now.since(then)));
        }
        return costs;
    }

    private List<Reading> read(boolean cpuFirst) throws SQLException {
        List<Reading> readings = new ArrayList<>();
        for (Worker worker : workers) {
            ProcessCpu.Group cpu = cpuFirst ? worker.cpu() : null;
            long walBytes;
            try (Statement statement = worker.connection().createStatement();
                    ResultSet row = statement.executeQuery("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn")) {
                row.next();
                walBytes = row.getLong(1);
            }
            readings.add(new Reading(walBytes, cpuFirst ? cpu : worker.cpu()));
        }
        return readings;
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Worker worker : workers) {
            try {
                worker.connection().close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
