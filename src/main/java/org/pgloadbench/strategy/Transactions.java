package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a load inside exactly one transaction, rolled back if any part of it fails. */
final class Transactions {
    @FunctionalInterface
    interface Load {
        long run() throws SQLException;
    }

    private Transactions() {}

    static long inOneTransaction(Connection connection, Load load) throws SQLException {
        connection.setAutoCommit(false);
        long stored;
        try {
            stored = load.run();
            connection.commit();
        } catch (SQLException | RuntimeException failure) {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
        connection.setAutoCommit(true);
        return stored;
    }
}
