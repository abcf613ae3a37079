package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.bench.launch.JmhLock;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.network.DelayingProxy;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.Servers;

/**
 * The one start-up path of every command that measures ({@code run} and {@code ab}), in its one
 * order: the outputs are proven writable and every server's binaries fetched before anything
 * starts; then JMH's machine-wide lock is taken and the run counts as in progress, so that an
 * interruption says what it removes; each server is started in a run directory of its own, behind
 * the latency proxy where asked, read back and announced ({@link ServerUnderTest}); and stopped,
 * with its directory removed, once the work on it is done, however that ends.
 */
final class Sitting implements AutoCloseable {
    private final JmhLock lock;

    private Sitting(JmhLock lock) {
        this.lock = lock;
    }

    /** What a command does with one started server, in that server's run directory. */
    @FunctionalInterface
    interface OnServer<T> {
        T run(ServerUnderTest target, Path runDirectory) throws IOException, SQLException;
    }

    static Sitting begin(Outputs outputs, List<ServerSetup> setups) throws IOException {
        outputs.check();
        for (ServerSetup setup : setups) {
            Servers.fetchBinaries(setup.request(), System.out);
        }
        Main.runStarted();
        try {
            return new Sitting(JmhLock.acquire());
        } catch (RuntimeException e) {
            Main.runEnded();
            throw e;
        }
    }

    /** Starts the server {@code setup} asks for, hands it to {@code work}, then stops it and removes its directory. */
    <T> T onServer(ServerSetup setup, Distribution distribution, OnServer<T> work) throws IOException, SQLException {
        try (RunDirectory runDirectory = RunDirectory.create(System.out);
                PostgresServer started = Servers.start(setup.request(), runDirectory);
                DelayingProxy proxy = ServerUnderTest.proxyFor(setup, started)) {
            return work.run(
                    ServerUnderTest.check(setup, started, proxy, runDirectory.path(), distribution),
                    runDirectory.path());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.close();
        } finally {
            Main.runEnded();
        }
    }
}
