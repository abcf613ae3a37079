package org.pgloadbench.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A tiny shell process that outlives the launcher: once the launcher is gone, however it went, it
 * stops the server whose data directory is in the run directory and deletes the directory. It
 * ignores SIGINT, SIGHUP and SIGTERM, which a Ctrl-C or a cancelled job sends to the whole process
 * group, so that it is still there to clean up after them. It polls once a second, which costs the
 * measured loads nothing visible.
 */
final class Watchdog {
    private static final String SCRIPT = String.join(
            "\n",
            "trap '' INT HUP TERM",
            "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done",
            "if [ -f \"$3/postmaster.pid\" ]; then",
            "  postmaster=$(head -n 1 \"$3/postmaster.pid\")",
            "  kill -INT \"$postmaster\" 2>/dev/null",
            "  waited=0",
            "  while kill -0 \"$postmaster\" 2>/dev/null && [ $waited -lt 50 ]; do sleep 0.2; waited=$((waited + 1)); done",
            "  kill -KILL \"$postmaster\" 2>/dev/null",
            "fi",
            "rm -rf \"$2\"");

    private Watchdog() {}

    /**
     * Empty on Windows, where the next run removes what is left: a {@code sh} there (Git Bash) may
     * exist, but its {@code kill} does not see Windows process ids, so it would remove a live run.
     */
    static Optional<Process> start(long launcherPid, Path runDirectory, Path dataDirectory) {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessBuilder(
                            "sh",
                            "-c",
                            SCRIPT,
                            "pgload-bench-watchdog",
                            String.valueOf(launcherPid),
                            runDirectory.toString(),
                            dataDirectory.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
