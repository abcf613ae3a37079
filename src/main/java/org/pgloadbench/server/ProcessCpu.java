package org.pgloadbench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time of processes on this host, from Linux's {@code /proc}: a process's run time as the
 * scheduler counts it ({@code schedstat}, nanoseconds), and a group of processes read together so
 * that two readings can be subtracted process by process.
 */
public final class ProcessCpu {
    /** /proc's clock tick (USER_HZ, 1/100 s on every Linux architecture the JDK runs on), in nanoseconds. */
    public static final long NANOS_PER_TICK = 10_000_000L;

    /**
     * Run time by pid, plus what the group's parent has reaped from children that exited (their
     * time would otherwise vanish between two readings: an autovacuum worker that ended mid-load).
     */
    public record Group(Map<Long, Long> runNanosByPid, long reapedNanos) {
        /** CPU time between {@code before} and this reading: a process new since (or a reused pid) counts from zero. */
        public long since(Group before) {
            long total = reapedNanos - before.reapedNanos;
            for (Map.Entry<Long, Long> process : runNanosByPid.entrySet()) {
                long earlier = before.runNanosByPid.getOrDefault(process.getKey(), 0L);
                total += process.getValue() >= earlier ? process.getValue() - earlier : process.getValue();
            }
            return total;
        }
    }

    private ProcessCpu() {}

    /** Nanoseconds the process has run on a CPU; empty if it is gone or this host keeps no such count. */
    public static OptionalLong runNanos(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", String.valueOf(pid), "schedstat"))
                    .trim();
            return OptionalLong.of(Long.parseLong(text.substring(0, text.indexOf(' '))));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * How often the scheduler moved the process to another CPU and took the CPU from it while it
     * could still run, from {@code /proc/PID/sched}: on two cores a backend that shares a CPU with
     * the client's threads loses its caches with every switch. Empty where the file is missing.
     */
    public record Scheduling(long migrations, long preemptions) {
        public Scheduling plus(Scheduling other) {
            return new Scheduling(migrations + other.migrations, preemptions + other.preemptions);
        }

        public Scheduling minus(Scheduling other) {
            return new Scheduling(migrations - other.migrations, preemptions - other.preemptions);
        }
    }

    public static Optional<Scheduling> scheduling(long pid) {
        try {
            long migrations = -1;
            long preemptions = -1;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "sched"))) {
                if (line.startsWith("se.nr_migrations")) {
                    migrations =
                            Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nr_involuntary_switches")) {
                    preemptions =
                            Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return migrations < 0 || preemptions < 0
                    ? Optional.empty()
                    : Optional.of(new Scheduling(migrations, preemptions));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code parent} and every child it has now, and the CPU of the children it has reaped. */
    public static Group familyOf(ProcessHandle parent) {
        Map<Long, Long> byPid = new HashMap<>();
        Stream.concat(Stream.of(parent), parent.children())
                .forEach(process -> runNanos(process.pid()).ifPresent(nanos -> byPid.put(process.pid(), nanos)));
        return new Group(byPid, reapedChildrenNanos(parent.pid()));
    }

    /** Fields 16 and 17 of {@code /proc/PID/stat}: cutime and cstime, in clock ticks. */
    private static long reapedChildrenNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
