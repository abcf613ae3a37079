package org.pgloadbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole machine's CPU time from Linux's {@code /proc/stat}: busy time summed over every CPU
 * (user, nice, system, irq, softirq) and the time the hypervisor gave the CPUs to other guests
 * (steal). Counted in clock ticks of 1/100 s, as the kernel exports them to user space.
 */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");
    private static final long NANOS_PER_TICK = 10_000_000L;

    record Times(long busyNanos, long stealNanos) {
    }

    private MachineCpu() {
    }

    /** Empty where there is no {@code /proc/stat} (macOS, Windows) or it does not read as expected. */
    static Optional<MachineCpu> open() {
        MachineCpu cpu = new MachineCpu();
        return cpu.read() == null ? Optional.empty() : Optional.of(cpu);
    }

    /** The counters now, or null if they cannot be read. */
    Times read() {
        try {
            String first = Files.readString(STAT).lines().findFirst().orElse("");
            return parse(first);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code cpu  user nice system idle iowait irq softirq steal ...} */
    static Times parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 9 || !fields[0].equals("cpu")) {
            return null;
        }
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7}) {
            busy += Long.parseLong(fields[field]);
        }
        return new Times(busy * NANOS_PER_TICK, Long.parseLong(fields[8]) * NANOS_PER_TICK);
    }
}
