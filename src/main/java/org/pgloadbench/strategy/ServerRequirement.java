package org.pgloadbench.strategy;

import java.sql.SQLException;
import java.util.Optional;

/** What a strategy needs of the server beyond its version, checked once on the run's server before anything is measured. */
@FunctionalInterface
interface ServerRequirement {
    ServerRequirement NONE = context -> Optional.empty();

    /** Why the server in {@code context} cannot run the strategy, as a clause; empty when it can. */
    Optional<String> unmetOn(StrategyContext context) throws SQLException;
}
