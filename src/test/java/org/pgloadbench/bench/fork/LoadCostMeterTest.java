package org.pgloadbench.bench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.server.BackendProcess;
import org.pgloadbench.server.ServerFingerprint;

/** The cost accounting against the embedded server: WAL grows with the rows, unlogged tables write almost none, CPU is the backend's. */
class LoadCostMeterTest {
    private static Connection connection;
    private static LoadCostMeter meter;

    @BeforeAll
    static void connect() throws SQLException {
        connection = EmbeddedPostgresForTests.server().connection().open();
        meter = new LoadCostMeter(
                connection,
                List.of(connection),
                ServerFingerprint.read(connection).majorVersion(),
                null);
        execute("DROP TABLE IF EXISTS cost_logged, cost_unlogged");
        execute("CREATE TABLE cost_logged (id bigint PRIMARY KEY, note text)");
        execute("CREATE UNLOGGED TABLE cost_unlogged (id bigint PRIMARY KEY, note text)");
    }

    @AfterAll
    static void close() throws SQLException {
        execute("DROP TABLE IF EXISTS cost_logged, cost_unlogged");
        connection.close();
    }

    @Test
    void walGrowsWithTheRowsAndTheBackendsCpuIsCounted() throws SQLException {
        LoadCost small = load("cost_logged", 10_000);
        LoadCost large = load("cost_logged", 40_000);

        double ratio = large.walBytes() / (double) small.walBytes();
        assertTrue(
                ratio > 3 && ratio < 5,
                "four times the rows, about four times the WAL: " + small.walBytes() + " then " + large.walBytes());
        assertTrue(large.walRecords() >= 40_000, "a record per row at least: " + large.walRecords());
        assertNotNull(large.fullPageImages());
        assertNotNull(large.serverCpuNanos(), "the embedded server's backend runs on this host");
        assertTrue(
                large.serverCpuNanos() > 0 && large.serverCpuNanos() <= large.wallNanos() * 1.05,
                "one backend is busy at most the whole wall time: " + large);
        assertEquals(1, large.serverBackends());
        assertTrue(meter.unavailable().isEmpty(), meter.unavailable().toString());
    }

    @Test
    void anUnloggedLoadWritesAlmostNoWal() throws SQLException {
        LoadCost logged = load("cost_logged", 20_000);
        LoadCost unlogged = load("cost_unlogged", 20_000);
        assertTrue(
                unlogged.walBytes() * 20 < logged.walBytes(),
                "unlogged " + unlogged.walBytes() + " vs logged " + logged.walBytes());
    }

    /** The CHECKPOINT before a load is not the load's; one during it is. */
    @Test
    void aCheckpointDuringTheLoadIsCountedAndTheOneBeforeItIsNot() throws SQLException {
        LoadCost quiet = load("cost_logged", 10_000);
        assertEquals(0L, quiet.disturbances().checkpoints(), quiet.toString());
        assertTrue(quiet.disturbances().describe(quiet.wallNanos()).stream()
                .noneMatch(what -> what.contains("checkpoint")));

        execute("TRUNCATE cost_logged");
        execute("CHECKPOINT");
        meter.before(true);
        execute("INSERT INTO cost_logged SELECT n, 'row ' || n FROM generate_series(1, 10000) AS n");
        execute("CHECKPOINT");
        LoadCost checkpointed = meter.after(10_000);
        assertEquals(1L, checkpointed.disturbances().checkpoints(), checkpointed.toString());
        assertTrue(
                checkpointed.disturbances().describe(checkpointed.wallNanos()).contains("a checkpoint"));
    }

    /** A process that keeps a core busy during the load shows as other processes' CPU, not as the load's. */
    @Test
    void anotherProcessBusyDuringTheLoadIsOtherCpu() throws Exception {
        execute("TRUNCATE cost_logged");
        execute("CHECKPOINT");
        meter.before(true);
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            execute("INSERT INTO cost_logged SELECT n, 'row ' || n FROM generate_series(1, 1000) AS n");
            Thread.sleep(600);
        } finally {
            busy.destroyForcibly().waitFor();
        }
        LoadCost load = meter.after(1_000);
        Long other = load.disturbances().otherCpuNanos();
        assertNotNull(other, "Linux has /proc/stat");
        assertTrue(other >= 300_000_000L, "a busy loop beside a 0.6 s load: " + load);
        assertTrue(load.disturbances().describe(load.wallNanos()).stream()
                .anyMatch(what -> what.startsWith("other processes")));
        assertNotNull(load.disturbances().stealNanos());
        assertTrue(load.disturbances().probeNanos() > 0, "the machine's speed was probed");
        assertTrue(
                load.disturbances().backendMigrations() >= 0
                        && load.disturbances().backendPreemptions() >= 0,
                load.toString());
        assertTrue(load.disturbances().gcNanos() >= 0);
    }

    /** A pid that is not a postgres backend (a container's numbering, another host's) gives no figure, never a wrong one. */
    @Test
    void aProcessThatIsNotTheBackendIsNeverMeasured() throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery(
                        "SELECT pid, extract(epoch FROM backend_start) FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
            row.next();
            assertTrue(BackendProcess.find(row.getInt(1), row.getDouble(2)).isPresent(), "the backend itself");
            assertTrue(
                    BackendProcess.find(row.getInt(1), row.getDouble(2) - 3_600).isEmpty(),
                    "a process started at another time: a reused pid");
        }
        assertTrue(
                BackendProcess.find(ProcessHandle.current().pid(), System.currentTimeMillis() / 1000.0)
                        .isEmpty(),
                "this JVM is no backend");
        assertTrue(BackendProcess.find(Integer.MAX_VALUE, 0).isEmpty(), "no such process");
    }

    private static LoadCost load(String table, int rows) throws SQLException {
        execute("TRUNCATE " + table);
        execute("CHECKPOINT");
        meter.before(true);
        execute("INSERT INTO " + table + " SELECT n, 'row ' || n FROM generate_series(1, " + rows + ") AS n");
        return meter.after(rows);
    }

    private static void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
