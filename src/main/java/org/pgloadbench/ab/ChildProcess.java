package org.pgloadbench.ab;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the programs an A/B run starts one at a time (a build, a side's launcher) so that the one
 * running is stopped with the run: a launcher stopped by SIGTERM or Ctrl-C asks it to stop too
 * (its own shutdown hooks then stop its server and remove its files) and waits a little for it.
 */
final class ChildProcess {
    private static volatile Process running;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process child = running;
            if (child != null && child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
    }

    private ChildProcess() {}

    /** Starts {@code builder}'s program, waits for it and returns its exit status. */
    static int run(ProcessBuilder builder) throws IOException {
        Process child = builder.start();
        running = child;
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            throw new IOException(builder.command().get(0) + " was interrupted", e);
        } finally {
            running = null;
        }
    }
}
