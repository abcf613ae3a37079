package org.pgloadbench.bench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.LoadVerifier.LoadVerificationException;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.NotApplicableException;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategySettings;

/** Loads into a table that already holds rows, as the benchmark runs them: put back, loaded, verified, twice. */
class ExistingRowsTest {
    private static final int EXISTING = 3_000;
    /** Odd, so the upserts' half-filled target and the multi-row statements both end short. */
    private static final int ROWS = 1_001;

    @RegisterExtension
    static final TestTable TABLE = new TestTable("existing_rows_test", TableShape.USERS, Indexes.PK_PLUS_2);

    private static ExistingRows existing;

    @BeforeAll
    static void fill() throws SQLException {
        existing = ExistingRows.of(TABLE.connection(), TABLE.table(), EXISTING);
    }

    @AfterAll
    static void drop() throws SQLException {
        existing.drop(TABLE.connection());
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyLoadMeetsTheSameRowsAndLeavesThemAsTheyWere(Strategy strategy) throws SQLException {
        Connection connection = TABLE.connection();
        Table table = TABLE.table();
        StrategySettings settings = new StrategySettings(table, 100, 1, 2, CopyFormat.BINARY, EXISTING);
        LoadStrategy loader;
        try {
            loader = strategy.create(settings);
        } catch (NotApplicableException e) {
            assertTrue(e.getMessage().contains("cannot add rows to a table that already holds some"), e.getMessage());
            return;
        }
        RowSource rows = Dataset.USERS.source(table.shape(), EXISTING, ROWS, RowGenerator.DEFAULT_SEED, false);
        RowChecksum expected = RowChecksum.of(table.shape(), rows, loader.storesRow());
        LoadVerifier verifier = new LoadVerifier(table);
        try (loader) {
            loader.prepare(EmbeddedPostgresForTests.context(connection));
            for (int load = 0; load < 2; load++) {
                existing.restore(connection);
                assertEquals(existing.checksum(), verifier.read(connection), "the same rows before every load");
                loader.reset(connection, rows);
                long stored = loader.load(connection, rows);
                verifier.verify(strategy.name(), existing.checksum(), expected, stored, ROWS, connection);
            }
        }
    }

    @Test
    void aLoadThatChangesARowAlreadyThereFailsVerification() throws SQLException {
        assertThrows(
                LoadVerificationException.class,
                () -> loadThen("UPDATE existing_rows_test SET name = 'x' WHERE id = 7"));
    }

    @Test
    void aLoadThatLosesARowAlreadyThereFailsVerification() throws SQLException {
        LoadVerificationException failure = assertThrows(
                LoadVerificationException.class, () -> loadThen("DELETE FROM existing_rows_test WHERE id = 7"));
        assertTrue(failure.getMessage().contains("(3000 there before the load)"), failure.getMessage());
    }

    /** A binary COPY of new rows, {@code sql}, then the verification a measured load gets. */
    private static void loadThen(String sql) throws SQLException {
        Connection connection = TABLE.connection();
        Table table = TABLE.table();
        RowSource rows = Dataset.USERS.source(table.shape(), EXISTING, ROWS, RowGenerator.DEFAULT_SEED, false);
        existing.restore(connection);
        try (LoadStrategy copy =
                Strategy.COPY_BINARY.create(new StrategySettings(table, 100, 1, 1, CopyFormat.BINARY, EXISTING))) {
            long stored = copy.load(connection, rows);
            TABLE.execute(sql);
            new LoadVerifier(table)
                    .verify(
                            "COPY_BINARY",
                            existing.checksum(),
                            RowChecksum.of(table.shape(), rows, row -> true),
                            stored,
                            ROWS,
                            connection);
        }
    }
}
