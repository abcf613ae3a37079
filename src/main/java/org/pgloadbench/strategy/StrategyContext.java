package org.pgloadbench.strategy;

import java.sql.Connection;
import org.pgloadbench.server.ConnectionSettings;

/**
 * What a strategy may use to prepare: the server, to open connections of its own (with their own
 * properties, or several at once), and the benchmark's connection, where the target table lives
 * and session-local objects such as a temporary staging table must be made.
 */
public record StrategyContext(ConnectionSettings server, Connection connection) {}
