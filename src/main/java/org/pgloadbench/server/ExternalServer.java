package org.pgloadbench.server;

import java.util.Map;

/**
 * A server this process did not start: given by JDBC URL, or by libpq's PG* environment variables
 * (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD) as psql would find it. Parameters in the URL
 * win over the environment. Its settings are whatever
 * its owner chose; they are read back and recorded like any other target's.
 */
final class ExternalServer implements PostgresServer {
    private final ConnectionSettings connection;

    ExternalServer(ConnectionSettings connection) {
        this.connection = connection;
    }

    static ExternalServer fromUrlOrEnvironment(String jdbcUrl, Map<String, String> environment) {
        String user = environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        String password = environment.get("PGPASSWORD");
        if (jdbcUrl != null) {
            boolean urlNamesUser = jdbcUrl.matches(".*[?&;]user=.*");
            return new ExternalServer(ConnectionSettings.of(jdbcUrl, urlNamesUser ? null : user, password));
        }
        String url = "jdbc:postgresql://" + environment.getOrDefault("PGHOST", "localhost")
                + ":" + environment.getOrDefault("PGPORT", "5432")
                + "/" + environment.getOrDefault("PGDATABASE", user);
        return new ExternalServer(ConnectionSettings.of(url, user, password));
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
