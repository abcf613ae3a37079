package org.pgloadbench.server;

import java.util.Map;
import org.pgloadbench.UserError;

/**
 * A server this process did not start: given by JDBC URL, or by libpq's PG* environment variables
 * (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD) as psql would find it. A user or password in the
 * URL wins over the environment. Its settings are whatever its owner chose; they are read back and
 * recorded like any other target's.
 */
final class ExternalServer implements PostgresServer {
    private final ConnectionSettings connection;

    ExternalServer(ConnectionSettings connection) {
        this.connection = connection;
    }

    static ExternalServer fromUrlOrEnvironment(String jdbcUrl, Map<String, String> environment) {
        String user = environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        String password = environment.get("PGPASSWORD");
        try {
            if (jdbcUrl != null) {
                return new ExternalServer(ConnectionSettings.of(jdbcUrl, user, password));
            }
            String host = environment.getOrDefault("PGHOST", "localhost");
            if (host.startsWith("/")) {
                // pgjdbc speaks TCP only; a Unix socket would need a third-party socket factory.
                throw new UserError(
                        "PGHOST=" + host + " names a Unix socket directory, but pgjdbc connects over TCP only; "
                                + "set PGHOST to a host name such as localhost, or pass --jdbc-url");
            }
            String url = "jdbc:postgresql://" + host + ":" + environment.getOrDefault("PGPORT", "5432") + "/"
                    + environment.getOrDefault("PGDATABASE", user);
            return new ExternalServer(ConnectionSettings.of(url, user, password));
        } catch (IllegalArgumentException e) {
            throw new UserError("--jdbc-url " + e.getMessage(), e);
        }
    }

    @Override
    public Target target() {
        return Target.EXTERNAL;
    }

    @Override
    public ConnectionSettings connection() {
        return connection;
    }

    @Override
    public void close() {
        // Someone else's server: nothing to stop.
    }
}
