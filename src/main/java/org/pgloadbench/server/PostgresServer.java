package org.pgloadbench.server;

/** A PostgreSQL server the benchmarks load into; closing it stops it if this process started it. */
public interface PostgresServer extends AutoCloseable {
    Target target();

    ConnectionSettings connection();

    @Override
    void close();
}
