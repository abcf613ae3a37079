package org.pgloadbench.bench.fork;

/**
 * A fixed amount of integer work, timed: how fast this machine runs code at the moment. On a
 * virtual machine the host can slow a guest's CPUs without taking them away (other guests on the
 * same cores, their hyperthread siblings busy), which no steal counter shows and which makes every
 * process slower alike, the server's backend included. Timed just before and just after each
 * load, outside the load's time, a probe slower than usual says the machine was.
 */
final class SpeedProbe {
    private static final int ROUNDS = 2_000_000;
    /** Where the work goes, so the JIT cannot drop it. */
    private static volatile long sink;

    private SpeedProbe() {}

    /** Nanoseconds the work took: a few milliseconds once compiled. */
    static long nanos() {
        long start = System.nanoTime();
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < ROUNDS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        sink = x;
        return System.nanoTime() - start;
    }
}
