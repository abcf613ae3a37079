package org.pgloadbench.server;

/** Where the server comes from. */
public enum Target {
    /** PostgreSQL 18 binaries from Maven Central, started in-process by zonky: needs nothing installed. */
    EMBEDDED,
    /** A {@code postgres} image started by Testcontainers: needs a running Docker engine. */
    CONTAINER,
    /** A server someone else runs, reached by JDBC URL or the PG* environment variables. */
    EXTERNAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
