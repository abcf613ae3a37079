package org.pgloadbench.bench.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pgloadbench.server.ProcessCpu;

/**
 * The whole machine's CPU time from Linux's {@code /proc/stat}: the time every CPU spent running
 * processes (user, nice, system; interrupts are left out, as they serve the load's own network
 * and disk) and the time the hypervisor gave the CPUs to other guests (steal), counted in clock
 * ticks of 1/100 s as the kernel exports them; and the run time of what is neither server nor
 * foreign but the benchmark's own company: the kernel's threads (children of kthreadd), which do a
 * load's file-system work (ext4's journal commits after each fsync), and the JVMs above the fork
 * (JMH's host and the launcher).
 */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");

    private static final long KTHREADD = 2;

    /** @param ownCompanyNanos run time of the kernel's threads and the fork's ancestor JVMs */
    record Times(long busyNanos, long stealNanos, long ownCompanyNanos) {}

    private MachineCpu() {}

    /** Empty where there is no {@code /proc/stat} (macOS, Windows) or it does not read as expected. */
    static Optional<MachineCpu> open() {
        MachineCpu cpu = new MachineCpu();
        return cpu.read() == null ? Optional.empty() : Optional.of(cpu);
    }

    /** The counters now, or null if they cannot be read. */
    Times read() {
        try {
            Times machine = parse(Files.readString(STAT).lines().findFirst().orElse(""));
            return machine == null ? null : new Times(machine.busyNanos(), machine.stealNanos(), ownCompanyNanos());
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
        for (int field : new int[] {1, 2, 3}) {
            busy += Long.parseLong(fields[field]);
        }
        return new Times(busy * ProcessCpu.NANOS_PER_TICK, Long.parseLong(fields[8]) * ProcessCpu.NANOS_PER_TICK, 0);
    }

    private static long ownCompanyNanos() {
        long kernelThreads = ProcessHandle.of(KTHREADD)
                .map(kthreadd -> kthreadd.children()
                        .mapToLong(thread -> ProcessCpu.runNanos(thread.pid()).orElse(0))
                        .sum())
                .orElse(0L);
        long ancestorJvms = 0;
        for (ProcessHandle up = ProcessHandle.current().parent().orElse(null);
                up != null && isJava(up);
                up = up.parent().orElse(null)) {
            ancestorJvms += ProcessCpu.runNanos(up.pid()).orElse(0);
        }
        return kernelThreads + ancestorJvms;
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("java"))
                .orElse(false);
    }
}
