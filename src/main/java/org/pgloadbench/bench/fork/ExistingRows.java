package org.pgloadbench.bench.fork;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableFeatures;
import org.pgloadbench.strategy.TableFill;

/**
 * What the target holds before every load ({@code --existing-rows}): none, or N rows generated once
 * per trial into a temporary copy of the table and put back before each load, untimed, by TRUNCATE,
 * {@code INSERT ... SELECT} and {@code VACUUM (ANALYZE)}. The copy is the fork's session's own: it
 * writes no WAL, and goes with the session however the trial ends.
 *
 * <p>So every load of a setting meets the same rows in the same physical layout: a heap of N rows
 * and indexes grown by inserting them (as a table's indexes grow in use, not packed as CREATE INDEX
 * packs them), vacuumed (visibility map set, statistics fresh), then checkpointed, its pages clean
 * and, as far as they fit, in shared buffers: a cache-warm table, as one loaded all day would be.
 * (An unlogged table's pages stay dirty: a checkpoint does not write them.)
 *
 * <p>The existing rows' generated keys and unique values are those of rows 1 to N, their other
 * values from a seed of their own; the loaded rows' continue after them
 * ({@link RowGenerator#generate(long, int)}), so every loaded row is new. Columns the server fills
 * (identity, serial) go on counting across loads: TRUNCATE does not restart them.
 */
final class ExistingRows {
    /** Not the loaded rows' seed, so no existing row repeats a loaded row's values. */
    private static final long SEED = RowGenerator.DEFAULT_SEED + 1;

    private static final String COPY_NAME = "pgload_bench_existing";
    private static final String KEYS_NAME = "pgload_bench_loaded_keys";

    private final Table target;
    /** The temporary copy restored from; null where the target starts empty. */
    private final Table copy;

    private final RowChecksum checksum;
    /** Whether the fork's log has been told what putting the rows back costs: once is enough. */
    private boolean told;

    private ExistingRows(Table target, Table copy, RowChecksum checksum) {
        this.target = target;
        this.copy = copy;
        this.checksum = checksum;
    }

    /**
     * {@code count} rows for {@code target}, written to its copy by binary COPY, a chunk at a time
     * so any number fits in memory; none where {@code count} is 0.
     */
    static ExistingRows of(Connection connection, Table target, int count) throws SQLException {
        if (count == 0) {
            return new ExistingRows(target, null, RowChecksum.NONE);
        }
        Table copy = target.createTemporaryCopy(connection, COPY_NAME);
        TableFill.binaryCopy(connection, copy, Dataset.USERS.source(target.shape(), 0, count, SEED, true));
        RowChecksum checksum = new LoadVerifier(copy).read(connection);
        if (checksum.count() != count) {
            throw new IllegalStateException(
                    "the copy of the existing rows holds " + checksum.count() + " rows, not " + count);
        }
        return new ExistingRows(target, copy, checksum);
    }

    /**
     * Gives a table whose key references a parent table ({@code --table-feature fk}) every key it
     * will hold: the existing rows' and {@code loaded}'s, the latter written to a temporary copy
     * first. Untimed, once per fork; nothing for a table without the feature.
     */
    void addParentKeys(Connection connection, RowSource loaded) throws SQLException {
        TableFeatures features = target.features();
        if (!features.has(TableFeatures.Feature.FK)) {
            return;
        }
        if (copy != null) {
            features.addParentKeys(connection, target, copy);
        }
        Table keys = target.createTemporaryCopy(connection, KEYS_NAME);
        try (Statement statement = connection.createStatement()) {
            TableFill.binaryCopy(connection, keys, loaded);
            features.addParentKeys(connection, target, keys);
            statement.execute(keys.dropTemporarySql());
        }
    }

    /** The existing rows' count and checksum, which a load must leave as they are. */
    RowChecksum checksum() {
        return checksum;
    }

    /** Empties the target, then puts the existing rows back, vacuumed and analyzed. */
    void restore(Connection connection) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(target.truncateSql());
            if (copy != null) {
                statement.execute(target.insertIntoSql() + "SELECT "
                        + target.shape().columnList() + " FROM " + copy.quotedName());
                statement.execute("VACUUM (ANALYZE) " + target.quotedName());
            }
        }
        if (copy != null && !told) {
            told = true;
            System.out.printf(
                    "Putting the %,d existing rows back before each load takes %.1f s, untimed.%n",
                    checksum.count(), (System.nanoTime() - start) / 1e9);
        }
    }

    void drop(Connection connection) throws SQLException {
        if (copy != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(copy.dropTemporarySql());
            }
        }
    }
}
