package org.pgloadbench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The operating-system process of a connection's server backend, when the server runs on this
 * host: the process {@code pg_backend_pid()} names, accepted only if it is a {@code postgres}
 * process that started when the server says the backend did. A server in a container (its own
 * process ids) or on another machine yields nothing, never another process's figures.
 */
public final class BackendProcess {
    /** /proc's clock ticks: USER_HZ, 100 on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private static final double START_TOLERANCE_SECONDS = 2;

    private final long pid;

    private BackendProcess(long pid) {
        this.pid = pid;
    }

    /**
     * CPU time of every process of this backend's server so far: the postmaster and all its
     * children (backends, WAL writer, checkpointer, autovacuum workers), and those it has reaped.
     * Empty if the postmaster cannot be found.
     */
    public Optional<ProcessCpu.Group> serverCpu() {
        return ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessCpu::familyOf);
    }

    public static Optional<BackendProcess> of(Connection connection) throws SQLException {
        int pid;
        double backendStart;
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT pid, extract(epoch FROM backend_start) FROM pg_stat_activity WHERE pid = pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            pid = row.getInt(1);
            backendStart = row.getDouble(2);
        }
        return find(pid, backendStart);
    }

    /** The process with this pid, if it is a postgres process started at {@code backendStart} (seconds since the epoch). */
    public static Optional<BackendProcess> find(long pid, double backendStart) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || !stat.substring(open + 1, close).equals("postgres")) {
                return Optional.empty();
            }
            // The fields after the command name start at field 3 (state); field 22 is the start time in ticks since
            // boot.
            String[] fields = stat.substring(close + 2).split(" ");
            double started = bootTime() + Long.parseLong(fields[22 - 3]) / TICKS_PER_SECOND;
            if (Math.abs(started - backendStart) > START_TOLERANCE_SECONDS) {
                return Optional.empty();
            }
            BackendProcess process = new BackendProcess(pid);
            // A backend that has answered a query has run on a CPU; zero means the kernel keeps no count.
            return process.cpuNanos() > 0 ? Optional.of(process) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The backend's scheduling counts so far; empty where this host does not keep them. */
    public Optional<ProcessCpu.Scheduling> scheduling() {
        return ProcessCpu.scheduling(pid);
    }

    /** Nanoseconds the backend has run on a CPU, as the scheduler counts them. */
    public long cpuNanos() throws IOException {
        return ProcessCpu.runNanos(pid).orElseThrow(() -> new IOException("process " + pid + " is gone"));
    }

    private static long bootTime() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
            if (line.startsWith("btime ")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new IOException("/proc/stat has no btime");
    }
}
