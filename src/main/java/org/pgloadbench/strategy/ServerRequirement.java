package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** What a strategy needs of the server beyond its version, checked once on the run's server before anything is measured. */
@FunctionalInterface
interface ServerRequirement {
    ServerRequirement NONE = connection -> Optional.empty();

    /** Why this server cannot run the strategy, as a clause; empty when it can. */
    Optional<String> unmetOn(Connection connection) throws SQLException;
}
