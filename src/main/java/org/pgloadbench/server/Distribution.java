package org.pgloadbench.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How each fork spreads the benchmark's table over a Citus cluster, right after creating it and
 * before any row is loaded: not at all (a single server), hash-distributed on one column into
 * shards on the workers, or as a reference table that every node holds whole.
 *
 * @param shardCount shards of a hash-distributed table; null for Citus's own default ({@code citus.shard_count})
 */
public record Distribution(Kind kind, Integer shardCount) {
    public static final Distribution NONE = new Distribution(Kind.NONE, null);
    public static final String SHARD_COUNT_RULE =
            "--shard-count applies to a hash-distributed table (--distributed citus) only";

    public enum Kind {
        NONE(null),
        /**
         * Each row goes to the one shard its distribution column hashes to: the coordinator routes a
         * COPY's rows to the workers as they arrive, and splits a multi-row INSERT into one per shard.
         */
        HASH("citus"),
        /** Every row is written on every node, in one distributed transaction: a load costs once per node. */
        REFERENCE("citus-reference");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Distribution {
        if (shardCount != null && (kind != Kind.HASH || shardCount < 1)) {
            throw new IllegalArgumentException(
                    kind == Kind.HASH ? "--shard-count must be 1 or more, not " + shardCount : SHARD_COUNT_RULE);
        }
    }

    /** {@code citus} or {@code citus-reference}, as the command line says it. */
    public static Distribution parse(String label, Integer shardCount) {
        Kind kind = Arrays.stream(Kind.values())
                .filter(each -> each.label != null && each.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--distributed takes "
                        + Arrays.stream(Kind.values())
                                .filter(each -> each.label != null)
                                .map(Kind::label)
                                .collect(Collectors.joining(" or "))
                        + ", not '" + label + "'"));
        return new Distribution(kind, shardCount);
    }

    public boolean distributed() {
        return kind != Kind.NONE;
    }

    /**
     * Distributes a table just created and still empty.
     *
     * @param quotedTable the table's name as SQL writes it
     * @param column      the distribution column, unquoted: a hash-distributed table's unique constraints must contain it
     */
    public void apply(Connection connection, String quotedTable, String column) throws SQLException {
        if (!distributed()) {
            return;
        }
        String sql = switch (kind) {
            case HASH ->
                "SELECT create_distributed_table(?::regclass, ?" + (shardCount == null ? "" : ", shard_count => ?")
                        + ")";
            case REFERENCE -> "SELECT create_reference_table(?::regclass)";
            case NONE -> throw new AssertionError(kind);
        };
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, quotedTable);
            if (kind == Kind.HASH) {
                statement.setString(2, column);
                if (shardCount != null) {
                    statement.setInt(3, shardCount);
                }
            }
            statement.execute();
        }
    }

    /**
     * {@code hash-distributed over 32 shards}, for the console and the result file.
     *
     * @param defaultShardCount the cluster's {@code citus.shard_count}, used where no count was asked for
     */
    public String describe(int defaultShardCount) {
        return switch (kind) {
            case NONE -> "not distributed";
            case HASH -> "hash-distributed over " + (shardCount == null ? defaultShardCount : shardCount) + " shards";
            case REFERENCE -> "a reference table, whole on every node";
        };
    }
}
