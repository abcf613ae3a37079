package org.pgloadbench.strategy;

import java.nio.file.Path;
import java.sql.Connection;
import org.pgloadbench.server.ConnectionSettings;

/**
 * What a strategy may use to prepare: the server, to open connections of its own (with their own
 * properties, or several at once), the benchmark's connection, where the target table lives and
 * session-local objects such as a temporary staging table must be made, and the directory in which
 * to write files the server itself reads (the run's own, so nothing outlives the run).
 */
public record StrategyContext(ConnectionSettings server, Connection connection, Path serverFiles) {}
