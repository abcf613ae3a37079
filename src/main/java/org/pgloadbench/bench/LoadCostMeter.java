package org.pgloadbench.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pgloadbench.report.LoadCost;
import org.pgloadbench.server.BackendProcess;

/**
 * Reads what a load costs, just before and just after it, never inside the timed region: the WAL
 * insert position, pg_stat_wal's records and full-page images, the CPU time of every backend that
 * serves the load, the benchmark JVM's CPU time and the wall clock. The readings are a few short
 * queries and file reads, taken while the load is not running.
 */
final class LoadCostMeter {
    private static final int FIRST_MAJOR_WITH_FORCED_STAT_FLUSH = 15;

    private final Connection connection;
    private final List<Connection> loadConnections;
    /** The load's connections and the benchmark's: every backend whose WAL counters could be pending. */
    private final List<Connection> writers;
    private final List<BackendProcess> backends;
    private final boolean walStatistics;
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private final OperatingSystemMXBean client = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Reading before;

    private record Reading(long nanos, long walBytes, long walRecords, long fullPageImages, long serverCpuNanos, long clientCpuNanos) {
    }

    /**
     * @param connection      the benchmark's connection, which runs the readings
     * @param loadConnections every connection the load runs on, the benchmark's own included
     */
    LoadCostMeter(Connection connection, List<Connection> loadConnections, int serverMajorVersion) throws SQLException {
        this.connection = connection;
        this.loadConnections = List.copyOf(loadConnections);
        this.writers = loadConnections.contains(connection) ? this.loadConnections
                : Stream.concat(Stream.of(connection), loadConnections.stream()).toList();
        List<BackendProcess> found = new ArrayList<>();
        for (Connection each : loadConnections) {
            Optional<BackendProcess> process = BackendProcess.of(each);
            if (process.isEmpty()) {
                found = null;
                unavailable.put("serverCpu", "the server's backends are not processes this host can read (a container or another machine)");
                break;
            }
            found.add(process.get());
        }
        this.backends = found;
        this.walStatistics = serverMajorVersion >= FIRST_MAJOR_WITH_FORCED_STAT_FLUSH;
        if (!walStatistics) {
            unavailable.put("walRecords", "PostgreSQL " + serverMajorVersion + " publishes pg_stat_wal asynchronously; version 15 "
                    + "and newer can be made to publish it before it is read");
        }
    }

    /** Why figures are null, by name; empty when everything is measured. */
    Map<String, String> unavailable() {
        return unavailable;
    }

    void before() throws SQLException {
        Counters server = queryServer();
        before = new Reading(System.nanoTime(), server.walBytes, server.walRecords, server.fullPageImages, serverCpuNanos(),
                client.getProcessCpuTime());
    }

    /** The clocks first, then the queries: the readings' own work stays outside the interval, on both ends. */
    LoadCost after(long rows) throws SQLException {
        long nanos = System.nanoTime();
        long clientCpu = client.getProcessCpuTime();
        long serverCpu = serverCpuNanos();
        Counters server = queryServer();
        return new LoadCost(rows, nanos - before.nanos, server.walBytes - before.walBytes,
                walStatistics ? server.walRecords - before.walRecords : null,
                walStatistics ? server.fullPageImages - before.fullPageImages : null,
                backends == null ? null : serverCpu - before.serverCpuNanos, loadConnections.size(),
                clientCpu - before.clientCpuNanos);
    }

    private record Counters(long walBytes, long walRecords, long fullPageImages) {
    }

    private Counters queryServer() throws SQLException {
        if (walStatistics) {
            // Each backend publishes its WAL counters when it next goes idle; make that happen now.
            for (Connection each : writers) {
                try (Statement statement = each.createStatement()) {
                    statement.execute("SELECT pg_stat_force_next_flush()");
                }
            }
        }
        String sql = "SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn" + (walStatistics ? ", wal_records, wal_fpi FROM pg_stat_wal" : "");
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return new Counters(row.getLong(1), walStatistics ? row.getLong(2) : 0, walStatistics ? row.getLong(3) : 0);
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
