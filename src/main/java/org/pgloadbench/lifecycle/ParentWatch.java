package org.pgloadbench.lifecycle;

import java.util.concurrent.TimeUnit;

/**
 * Makes a child JVM (the JMH host, each benchmark fork) die with the process that started it. A
 * launcher killed with SIGKILL (an OOM kill, a cancelled CI job) runs no shutdown hook and cannot
 * stop its children, so each child watches its parent and halts within half a second of its end;
 * its connections close and the server rolls back whatever load was under way.
 */
public final class ParentWatch {
    /** The exit status of a child whose parent died: 128 + SIGKILL, as if it had been killed with it. */
    static final int ORPHANED = 137;

    private static boolean started;

    private ParentWatch() {}

    /** Starts the watch once per JVM; a process without a parent has nothing to watch. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread watch = new Thread(
                    () -> {
                        // isAlive compares the start time too, so a recycled pid does not fool it.
                        while (parent.isAlive()) {
                            try {
                                TimeUnit.MILLISECONDS.sleep(500);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        Runtime.getRuntime().halt(ORPHANED);
                    },
                    "pgload-bench-parent-watch");
            watch.setDaemon(true);
            watch.start();
        });
    }
}
