package org.pgloadbench.bench.fork;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.pgloadbench.result.BenchmarkCosts;
import org.pgloadbench.result.Disturbances;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.result.NodeCost;
import org.pgloadbench.server.BackendProcess;
import org.pgloadbench.server.CitusCluster;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.ProcessCpu;

/**
 * Reads what a load costs, just before and just after it, never inside the timed region: the WAL
 * insert position, pg_stat_wal's records and full-page images, the CPU time of every backend that
 * serves the load, the benchmark JVM's CPU time and the wall clock; and what else happened
 * meanwhile ({@link Disturbances}): checkpoints, autovacuums, the JVM's GC time, the machine's CPU
 * time outside the load, hypervisor steal. The readings are a few short queries and file reads,
 * taken while the load is not running. Used by the forks' benchmark and by sustained runs.
 */
public final class LoadCostMeter implements AutoCloseable {
    private static final int FIRST_MAJOR_WITH_FORCED_STAT_FLUSH = 15;
    private static final int FIRST_MAJOR_WITH_CHECKPOINTER_VIEW = 17;
    private static final long CHECKPOINT_REPORT_WAIT_NANOS = 2_000_000_000L;

    private final Connection connection;
    private final List<Connection> loadConnections;
    /** The load's connections and the benchmark's: every backend whose WAL counters could be pending. */
    private final List<Connection> writers;

    private final List<BackendProcess> backends;
    private final boolean walStatistics;
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private final OperatingSystemMXBean client = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final String checkpointCount;
    private final MachineCpu machine = MachineCpu.open().orElse(null);
    /** Null on a single server, or where a worker cannot be reached from here. */
    private final WorkerCostMeter workers;

    private Reading before;
    /** The server's checkpoint count when last read: the next load's own CHECKPOINT must show before it starts. */
    private long checkpointsSeen;
    /** Checkpoints begun between the last load and this one, a CHECKPOINT asked for before it aside. */
    private long checkpointsBetweenLoads;

    private record Reading(
            long nanos,
            Counters server,
            long serverCpuNanos,
            long clientCpuNanos,
            long gcNanos,
            long jitNanos,
            MachineCpu.Times machine,
            ProcessCpu.Group serverProcesses,
            long probeNanos,
            ProcessCpu.Scheduling backendScheduling) {}

    /**
     * @param connection      the benchmark's connection, which runs the readings
     * @param loadConnections every connection the load runs on, the benchmark's own included; none where
     *                        another program (psql) loads on a connection of its own
     * @param coordinator     the server's address, user and password where it is a Citus coordinator whose
     *                        workers' costs are read too; null on a single server
     */
    public LoadCostMeter(
            Connection connection,
            List<Connection> loadConnections,
            int serverMajorVersion,
            ConnectionSettings coordinator)
            throws SQLException {
        this.connection = connection;
        this.loadConnections = List.copyOf(loadConnections);
        this.writers = loadConnections.contains(connection)
                ? this.loadConnections
                : Stream.concat(Stream.of(connection), loadConnections.stream()).toList();
        List<BackendProcess> found = new ArrayList<>();
        if (loadConnections.isEmpty()) {
            found = null;
            unavailable.put(
                    "serverCpu",
                    "the load runs on another program's connection (psql's), whose backend is not known here");
        }
        for (Connection each : loadConnections) {
            Optional<BackendProcess> process = BackendProcess.of(each);
            if (process.isEmpty()) {
                found = null;
                unavailable.put(
                        "serverCpu",
                        "the server's backends are not processes this host can read (a container or another machine)");
                break;
            }
            found.add(process.get());
        }
        this.backends = found;
        this.walStatistics = serverMajorVersion >= FIRST_MAJOR_WITH_FORCED_STAT_FLUSH;
        if (!walStatistics) {
            unavailable.put(
                    "walRecords",
                    "PostgreSQL " + serverMajorVersion + " publishes pg_stat_wal asynchronously; version 15 "
                            + "and newer can be made to publish it before it is read");
        }
        this.checkpointCount = serverMajorVersion >= FIRST_MAJOR_WITH_CHECKPOINTER_VIEW
                ? "(SELECT num_timed + num_requested FROM pg_stat_checkpointer)"
                : "(SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter)";
        if (machine == null || backends == null) {
            unavailable.put(
                    "otherCpu",
                    machine == null
                            ? "this host has no /proc/stat to read the machine's CPU time from"
                            : loadConnections.isEmpty()
                                    ? "the load's backend is another program's (psql's), whose CPU time is not known here"
                                    : "the server's CPU time is not this host's to subtract");
        }
        this.checkpointsSeen = queryServer().checkpoints;
        this.workers = coordinator == null ? null : workerMeter(coordinator);
    }

    /**
     * Null, with the reason recorded, where a worker cannot be reached from here: the run's WAL and
     * server CPU are then not the cluster's, and its summary shows neither.
     */
    private WorkerCostMeter workerMeter(ConnectionSettings coordinator) throws SQLException {
        WorkerCostMeter meter;
        try {
            meter = WorkerCostMeter.open(
                    coordinator, CitusCluster.read(connection).workers());
        } catch (SQLException | RuntimeException e) {
            unavailable.put(
                    BenchmarkCosts.WORKERS_UNAVAILABLE,
                    "a worker cannot be reached from this machine with the run's user and password: " + e.getMessage());
            return null;
        }
        if (!meter.workersWithoutCpu().isEmpty()) {
            unavailable.put(
                    "workersCpu",
                    "the processes of " + String.join(", ", meter.workersWithoutCpu())
                            + " are not this host's to read");
        }
        return meter;
    }

    /** Why figures are null, by name; empty when everything is measured. */
    Map<String, String> unavailable() {
        return unavailable;
    }

    /**
     * @param checkpointed whether a CHECKPOINT ran since the last load: the checkpointer counts it
     *                     only after the command has returned, so the reading waits for that count,
     *                     lest the load be charged with a checkpoint that ended before it began
     */
    public void before(boolean checkpointed) throws SQLException {
        Counters server = queryServer();
        long deadline = System.nanoTime() + CHECKPOINT_REPORT_WAIT_NANOS;
        while (checkpointed && server.checkpoints <= checkpointsSeen && System.nanoTime() < deadline) {
            pause();
            server = queryServer();
        }
        checkpointsBetweenLoads = checkpointed ? 0 : server.checkpoints - checkpointsSeen;
        // The slow readings (the speed probe, the workers, whole-process scans) first, the clocks last: their work
        // stays outside the interval.
        long probe = SpeedProbe.nanos();
        if (workers != null) {
            workers.before();
        }
        MachineCpu.Times machineThen = machineTimes();
        ProcessCpu.Group serverThen = serverProcesses();
        long serverCpu = serverCpuNanos();
        long gc = gcNanos();
        long jit = jitNanos();
        ProcessCpu.Scheduling scheduling = backendScheduling();
        before = new Reading(
                System.nanoTime(),
                server,
                serverCpu,
                client.getProcessCpuTime(),
                gc,
                jit,
                machineThen,
                serverThen,
                probe,
                scheduling);
    }

    /**
     * Checkpoints the server began after the last load's readings and before this one's: by a load
     * that runs on without forced checkpoints, the ones that fell in the pause between two loads.
     */
    public long checkpointsBetweenLoads() {
        return checkpointsBetweenLoads;
    }

    /** The clocks first, then the queries: the readings' own work stays outside the interval, on both ends. */
    public LoadCost after(long rows) throws SQLException {
        long nanos = System.nanoTime();
        long clientCpu = client.getProcessCpuTime();
        long serverCpu = serverCpuNanos();
        MachineCpu.Times machineNow = machineTimes();
        ProcessCpu.Group serverProcessesNow = serverProcesses();
        long gc = gcNanos();
        long jit = jitNanos();
        ProcessCpu.Scheduling scheduling = backendScheduling();
        List<NodeCost> workerCosts = workers == null ? null : workers.after();
        Counters server = queryServer();
        long probe = SpeedProbe.nanos();
        checkpointsSeen = server.checkpoints;
        Long serverCpuUsed = backends == null ? null : serverCpu - before.serverCpuNanos;
        long clientCpuUsed = clientCpu - before.clientCpuNanos;
        ProcessCpu.Scheduling rescheduled = scheduling == null || before.backendScheduling == null
                ? null
                : scheduling.minus(before.backendScheduling);
        Disturbances disturbances = new Disturbances(
                server.checkpoints - before.server.checkpoints,
                server.autovacuumsDone - before.server.autovacuumsDone + server.autovacuumsRunning,
                gc - before.gcNanos,
                jit - before.jitNanos,
                otherCpuNanos(machineNow, serverProcessesNow, clientCpuUsed, workerCosts),
                machineNow == null || before.machine == null
                        ? null
                        : machineNow.stealNanos() - before.machine.stealNanos(),
                (before.probeNanos + probe) / 2,
                rescheduled == null ? null : rescheduled.migrations(),
                rescheduled == null ? null : rescheduled.preemptions());
        return new LoadCost(
                rows,
                nanos - before.nanos,
                server.walBytes - before.server.walBytes,
                walStatistics ? server.walRecords - before.server.walRecords : null,
                walStatistics ? server.fullPageImages - before.server.fullPageImages : null,
                serverCpuUsed,
                loadConnections.size(),
                clientCpuUsed,
                disturbances,
                workerCosts);
    }

    private record Counters(
            long walBytes,
            long walRecords,
            long fullPageImages,
            long checkpoints,
            long autovacuumsDone,
            long autovacuumsRunning) {}

    private Counters queryServer() throws SQLException {
        if (walStatistics) {
            // Each backend publishes its WAL counters when it next goes idle; make that happen now.
            for (Connection each : writers) {
                try (Statement statement = each.createStatement()) {
                    statement.execute("SELECT pg_stat_force_next_flush()");
                }
            }
        }
        String sql = "SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn, "
                + (walStatistics
                        ? "(SELECT wal_records FROM pg_stat_wal), (SELECT wal_fpi FROM pg_stat_wal), "
                        : "0, 0, ")
                + checkpointCount + ", "
                + "(SELECT coalesce(sum(autovacuum_count + autoanalyze_count), 0) FROM pg_stat_all_tables), "
                + "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker')";
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return new Counters(
                    row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6));
        }
    }

    /** Pauses and concurrent cycles of every collector of this JVM, as they report them. */
    private static long gcNanos() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis * 1_000_000;
    }

    /** The JIT compilers' time so far; zero where the JVM does not count it. */
    static long jitNanos() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() * 1_000_000
                : 0;
    }

    /** The load's backends' scheduling counts, summed; null where they cannot all be read. */
    private ProcessCpu.Scheduling backendScheduling() {
        if (backends == null) {
            return null;
        }
        ProcessCpu.Scheduling total = new ProcessCpu.Scheduling(0, 0);
        for (BackendProcess backend : backends) {
            Optional<ProcessCpu.Scheduling> counts = backend.scheduling();
            if (counts.isEmpty()) {
                return null;
            }
            total = total.plus(counts.get());
        }
        return total;
    }

    /** The whole server's CPU time by process, where its processes are this host's; null where they are not. */
    private ProcessCpu.Group serverProcesses() {
        return backends == null ? null : backends.get(0).serverCpu().orElse(null);
    }

    private MachineCpu.Times machineTimes() {
        return machine == null ? null : machine.read();
    }

    /**
     * The machine's CPU time since {@link #before} spent on neither the server, nor this JVM, nor
     * the benchmark's own company (kernel threads, ancestor JVMs), nor the Citus workers this host
     * runs (the load's work too); null where the machine or the server cannot be read.
     */
    private Long otherCpuNanos(
            MachineCpu.Times machineNow,
            ProcessCpu.Group serverProcessesNow,
            long clientCpuUsed,
            List<NodeCost> workerCosts) {
        if (machineNow == null
                || before.machine == null
                || serverProcessesNow == null
                || before.serverProcesses == null) {
            return null;
        }
        long workersCpu = workerCosts == null
                ? 0
                : workerCosts.stream()
                        .map(NodeCost::serverCpuNanos)
                        .filter(Objects::nonNull)
                        .mapToLong(Long::longValue)
                        .sum();
        return Math.max(
                0,
                machineNow.busyNanos()
                        - before.machine.busyNanos()
                        - serverProcessesNow.since(before.serverProcesses)
                        - clientCpuUsed
                        - (machineNow.ownCompanyNanos() - before.machine.ownCompanyNanos())
                        - workersCpu);
    }

    /** Closes the connections to the workers, if any. */
    @Override
    public void close() throws SQLException {
        if (workers != null) {
            workers.close();
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the checkpoint's statistics", e);
        }
    }

    private long serverCpuNanos() throws SQLException {
        long total = 0;
        if (backends != null) {
            try {
                for (BackendProcess backend : backends) {
                    total += backend.cpuNanos();
                }
            } catch (IOException e) {
                throw new SQLException("cannot read a backend's CPU time: " + e.getMessage(), e);
            }
        }
        return total;
    }
}
