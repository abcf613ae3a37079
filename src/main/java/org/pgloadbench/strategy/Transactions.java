package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a load inside exactly one transaction, rolled back if any part of it fails. */
final class Transactions {
    @FunctionalInterface
    interface Load {
        long run() throws SQLException;
    }

    private Transactions() {
    }

    static long inOneTransaction(Connection connection, Load load) throws SQLException {
        connection.setAutoCommit(false);
        try {
            long stored = load.run();
            connection.commit();
            return stored;
        } catch (SQLException | RuntimeException failure) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
