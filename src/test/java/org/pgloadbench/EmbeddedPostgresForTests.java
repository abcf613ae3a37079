package org.pgloadbench;

import java.util.Map;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.ServerRequest;
import org.pgloadbench.server.Servers;
import org.pgloadbench.server.Target;

/** One embedded PostgreSQL 18 per test JVM, started on first use and stopped at exit. */
public final class EmbeddedPostgresForTests {
    private static PostgresServer server;

    private EmbeddedPostgresForTests() {
    }

    public static synchronized PostgresServer server() {
        if (server == null) {
            server = Servers.start(new ServerRequest(Target.EMBEDDED, null, null, Map.of(), Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
