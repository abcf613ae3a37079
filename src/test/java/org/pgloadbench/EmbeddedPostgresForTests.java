package org.pgloadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.Map;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.server.Durability;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.ServerRequest;
import org.pgloadbench.server.Servers;
import org.pgloadbench.server.Target;
import org.pgloadbench.strategy.StrategyContext;

/** One embedded PostgreSQL 18 per test JVM, started on first use and stopped at exit. */
public final class EmbeddedPostgresForTests {
    private static PostgresServer server;
    private static RunDirectory runDirectory;

    private EmbeddedPostgresForTests() {}

    public static synchronized PostgresServer server() {
        if (server == null) {
            try {
                runDirectory = RunDirectory.create(System.out);
                server = Servers.start(
                        new ServerRequest(Target.EMBEDDED, null, null, null, Durability.SAFE, Map.of(), Map.of()),
                        runDirectory);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    runDirectory.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** What a strategy prepares with, as a fork gives it: the server, the benchmark's connection and the run's directory for server files. */
    public static StrategyContext context(Connection connection) {
        return new StrategyContext(server().connection(), connection, RunDirectory.serverFiles(runDirectory.path()));
    }
}
