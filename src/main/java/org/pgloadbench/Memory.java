package org.pgloadbench;

import java.lang.management.ManagementFactory;

/** The memory this JVM and what it starts may use. */
public final class Memory {
    private Memory() {}

    /**
     * The machine's memory, or the limit of the container or memory cgroup the JVM runs in, as the
     * JVM reads it: a server started from here shares that limit, its page cache included.
     */
    public static long totalBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }
}
