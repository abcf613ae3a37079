package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.Identifiers;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * Drop the table's indexes (its primary key and unique constraints too), binary COPY, build them
 * again: one transaction, timed as a whole. The old advice for a bulk load, and the one that needs
 * the table's size to judge.
 *
 * <p>Kept up row by row, a btree costs a descent and a leaf insert per row and index, on a leaf
 * that is random for an unordered column such as an email (and split half-full when it overflows).
 * Built afterwards, each index is one sort of the column, in {@code maintenance_work_mem} (spilled
 * to disk past it), written leaf after leaf, packed. So into an empty table the rebuild should beat
 * the upkeep. But it sorts every row in the table, those already there too: its cost grows with the
 * table, the upkeep's mostly with the load, and past some ratio of rows already there to rows loaded
 * ({@code --existing-rows}) keeping the indexes wins. Constraints come back with their checks, so
 * a duplicate key still fails the load, at the end rather than at the row; meanwhile the whole
 * table is locked, which the upkeep never does. The builds run on the load's backend alone
 * ({@code max_parallel_maintenance_workers = 0} for the transaction), as every other load does, so
 * its CPU figures hold all its work. A table without indexes has nothing to rebuild.
 */
final class CopyThenIndex implements LoadStrategy {
    private final Table table;
    private final String copySql;
    /** Statements that drop the indexes, and those that build them again, read from the catalog before the first load. */
    private final List<String> drops = new ArrayList<>();

    private final List<String> builds = new ArrayList<>();

    CopyThenIndex(StrategySettings settings) {
        this.table = settings.table();
        boolean keys = !table.shape().primaryKey().isEmpty()
                || table.columns().stream().anyMatch(Column::unique);
        boolean secondary = table.indexes() == Indexes.PK_PLUS_2
                && !table.shape().indexedBySecondaryIndexes().isEmpty();
        if (table.indexes() == Indexes.NONE || !(keys || secondary)) {
            throw new NotApplicableException("rebuilds the table's indexes, and table "
                    + table.shape().name() + " with indexes " + table.indexes().label() + " has none");
        }
        this.copySql = table.copyFromStdinSql(" (FORMAT binary)");
    }

    /** A constraint's index goes with the constraint and comes back with it; any other index by itself. */
    @Override
    public void prepare(StrategyContext context) throws SQLException {
        String indexesAndTheirConstraints = "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), "
                + "c.conname, pg_get_constraintdef(c.oid) "
                + "FROM pg_index i LEFT JOIN pg_constraint c "
                + "ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x') "
                + "WHERE i.indrelid = " + Identifiers.literal(table.quotedName()) + "::regclass "
                + "ORDER BY i.indexrelid";
        try (Statement statement = context.connection().createStatement();
                ResultSet index = statement.executeQuery(indexesAndTheirConstraints)) {
            while (index.next()) {
                String constraint = index.getString(3);
                if (constraint == null) {
                    drops.add("DROP INDEX " + index.getString(1));
                    builds.add(index.getString(2));
                } else {
                    String alter = "ALTER TABLE " + table.quotedName() + " ";
                    drops.add(alter + "DROP CONSTRAINT " + Identifiers.quote(constraint));
                    builds.add(alter + "ADD CONSTRAINT " + Identifiers.quote(constraint) + " " + index.getString(4));
                }
            }
        }
        if (builds.isEmpty()) {
            throw new NotApplicableException(table.quotedName() + " has no index to rebuild");
        }
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL max_parallel_maintenance_workers = 0");
                for (String drop : drops) {
                    statement.execute(drop);
                }
                long stored = CopyInStream.copyInCurrentTransaction(
                        connection, copySql, out -> new BinaryCopyEncoder(out, table.columns()).writeAll(rows));
                for (String build : builds) {
                    statement.execute(build);
                }
                return stored;
            }
        });
    }
}
