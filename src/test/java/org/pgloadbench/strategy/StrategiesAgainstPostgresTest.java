package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.LongColumn;
import org.pgloadbench.dataset.MalformedRows;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.server.ServerFingerprint;

/** Every strategy loads the same rows into a real PostgreSQL 18, and the verifier accepts the result. */
class StrategiesAgainstPostgresTest {
    /** Not a multiple of ROWS_PER_STATEMENT, so the multi-row strategies also send a short statement. */
    private static final int ROWS = 2_345;

    private static final int ROWS_PER_STATEMENT = 100;

    @RegisterExtension
    static final TestTable TEST_TABLE = new TestTable("strategy_test_users");

    @RegisterExtension
    static final TestTable NARROW = new TestTable("strategy_test_narrow", TableShape.NARROW, Indexes.PK);

    @RegisterExtension
    static final TestTable WIDE = new TestTable("strategy_test_wide", TableShape.WIDE, Indexes.PK_PLUS_2);

    private static final Rows DATA = new RowGenerator(RowGenerator.DEFAULT_SEED).generate(ROWS);

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void storesExactlyTheGeneratedRows(Strategy strategy) throws SQLException {
        try (StrategyRun run = new StrategyRun(
                strategy, new StrategySettings(table(), ROWS_PER_STATEMENT, 1, 2, CopyFormat.BINARY), connection())) {
            long stored = run.load(DATA);

            RowChecksum expected = RowChecksum.of(TableShape.USERS, DATA, run.loader.storesRow());
            new LoadVerifier(table()).verify(strategy.name(), expected, stored, ROWS, connection());
            assertTrue(connection().getAutoCommit(), "a strategy leaves the connection in autocommit");
        }
    }

    /** The other shapes, wide with two secondary indexes: realistic rows of every type, verified by count and checksum. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("strategiesAndOtherTables")
    void storesExactlyTheGeneratedRowsOfEveryShape(Strategy strategy, String shape) throws SQLException {
        TestTable testTable = shape.equals("narrow") ? NARROW : WIDE;
        testTable.execute(testTable.table().truncateSql());
        Table target = testTable.table();
        Rows rows = new RowGenerator(target.shape(), RowGenerator.DEFAULT_SEED).generate(ROWS);
        try (StrategyRun run = new StrategyRun(
                strategy,
                new StrategySettings(target, ROWS_PER_STATEMENT, 1, 2, CopyFormat.BINARY),
                testTable.connection())) {
            long stored = run.load(rows);

            new LoadVerifier(target)
                    .verify(
                            strategy.name(),
                            RowChecksum.of(target.shape(), rows, run.loader.storesRow()),
                            stored,
                            ROWS,
                            testTable.connection());
        }
    }

    static Stream<Arguments> strategiesAndOtherTables() {
        return Stream.of("narrow", "wide")
                .flatMap(shape -> Arrays.stream(Strategy.values()).map(strategy -> Arguments.of(strategy, shape)));
    }

    /** Without a key there is nothing to conflict on: the upserts say so rather than run. */
    @ParameterizedTest
    @EnumSource(
            value = Strategy.class,
            names = {"INSERT_ON_CONFLICT", "COPY_STAGING_UPSERT"})
    void upsertsDoNotApplyToATableWithoutKey(Strategy strategy) {
        Table keyless = Table.builtIn(TableShape.USERS, Indexes.NONE);
        NotApplicableException refused = assertThrows(
                NotApplicableException.class,
                () -> strategy.create(new StrategySettings(keyless, ROWS_PER_STATEMENT, 1, 1, CopyFormat.BINARY)));
        assertTrue(refused.getMessage().contains("needs a key to conflict on"), refused.getMessage());
    }

    /** More than one 64k-row chunk, and a remainder that is no whole statement. */
    @ParameterizedTest
    @MethodSource("bulkStrategies")
    void streamedRowsLoadAsExactlyAsRowsInMemory(Strategy strategy) throws SQLException {
        int rows = 140_001;
        RowSource streamed = new RowGenerator(RowGenerator.DEFAULT_SEED).stream(rows);
        try (StrategyRun run = new StrategyRun(
                strategy, new StrategySettings(table(), 1_000, 1, 3, CopyFormat.BINARY), connection())) {
            long stored = run.load(streamed);

            new LoadVerifier(table())
                    .verify(
                            strategy.name(),
                            RowChecksum.of(TableShape.USERS, streamed, run.loader.storesRow()),
                            stored,
                            rows,
                            connection());
        }
    }

    /** The strategies whose profiles give them enough rows for several chunks. */
    static Stream<Strategy> bulkStrategies() {
        return Arrays.stream(Strategy.values()).filter(strategy -> strategy.loadKind() == Strategy.LoadKind.BULK);
    }

    /**
     * One of the parallel COPYs fails (a duplicate key in the second range) while the other
     * succeeds: the load fails with the server's reason and leaves no row behind.
     */
    @Test
    void aParallelCopyFailingHalfWayLeavesNothingBehind() throws SQLException {
        long[] ids = new long[ROWS];
        for (int row = 0; row < ROWS; row++) {
            ids[row] = DATA.longs(0).get(row);
        }
        ids[ROWS - 1] = ids[ROWS - 2];
        Rows duplicateInSecondHalf = DATA.with(0, LongColumn.of(ids));

        try (StrategyRun run = new StrategyRun(
                Strategy.COPY_PARALLEL, new StrategySettings(table(), 1, 0, 2, CopyFormat.BINARY), connection())) {
            SQLException failure = assertThrows(SQLException.class, () -> run.load(duplicateInSecondHalf));
            assertTrue(
                    failure.getMessage().contains("duplicate key value violates unique constraint"),
                    failure.getMessage());
        }
        assertEquals(0, new LoadVerifier(table()).read(connection()).count());
        assertTrue(connection().getAutoCommit());
    }

    /**
     * One of the parallel COPY's backends is killed after the first chunk, as a crashed or
     * administrator-terminated connection would be: the load fails saying why, and the rows the
     * other connection had sent are gone.
     */
    @Test
    void aParallelCopyWhoseConnectionDiesHalfWayLeavesNothingBehind() throws SQLException {
        RowSource streamed = new RowGenerator(RowGenerator.DEFAULT_SEED).stream(140_001);
        RowSource killingAfterFirstChunk = new RowSource() {
            @Override
            public int size() {
                return streamed.size();
            }

            @Override
            public long forEachChunk(int chunkMultiple, ChunkLoader loader) throws SQLException {
                boolean[] first = {true};
                return streamed.forEachChunk(chunkMultiple, (chunk, firstRow) -> {
                    long loaded = loader.load(chunk, firstRow);
                    if (first[0]) {
                        first[0] = false;
                        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                + " WHERE query LIKE 'COPY%' AND pid <> pg_backend_pid() ORDER BY pid LIMIT 1");
                    }
                    return loaded;
                });
            }
        };

        try (StrategyRun run = new StrategyRun(
                Strategy.COPY_PARALLEL, new StrategySettings(table(), 1, 0, 2, CopyFormat.BINARY), connection())) {
            SQLException failure = assertThrows(SQLException.class, () -> run.load(killingAfterFirstChunk));
            assertTrue(
                    failure.getMessage().matches("COPY_PARALLEL connection [12] of 2 failed: .*connection.*"),
                    failure.getMessage());
        }
        assertEquals(0, new LoadVerifier(table()).read(connection()).count());
        assertTrue(connection().getAutoCommit());
    }

    /** What the upserts meet before each load: every other key, with other values. */
    @Test
    void anUpsertsTargetHoldsHalfOfTheKeys() throws SQLException {
        HalfOfTheKeys.fill(connection(), table(), RowSource.of(DATA));

        assertEquals(
                (ROWS + 1) / 2, new LoadVerifier(table()).read(connection()).count());
    }

    @Test
    void copyOnErrorSkipsExactlyTheMalformedRows() throws SQLException {
        MalformedRows malformed = new MalformedRows(10, TableShape.USERS);
        long stored = Strategy.COPY_ON_ERROR
                .create(new StrategySettings(table(), 1, 10, 1, CopyFormat.BINARY))
                .load(connection(), DATA);

        assertEquals(ROWS - malformed.count(ROWS), stored);
        assertEquals(
                RowChecksum.of(TableShape.USERS, DATA, row -> !malformed.isMalformed(row)),
                new LoadVerifier(table()).read(connection()));
    }

    @Test
    void verifierRejectsAChangedRow() throws SQLException {
        long stored = Strategy.COPY_TEXT
                .create(new StrategySettings(table(), 1, 0, 1, CopyFormat.BINARY))
                .load(connection(), DATA);
        execute("UPDATE " + table().quotedName() + " SET score = score + 0.01 WHERE id = 17");

        assertThrows(
                LoadVerifier.LoadVerificationException.class,
                () -> new LoadVerifier(table())
                        .verify("COPY_TEXT", RowChecksum.of(TableShape.USERS, DATA), stored, ROWS, connection()));
    }

    @Test
    void verifierRejectsAMissingRow() throws SQLException {
        long stored = Strategy.COPY_BINARY
                .create(new StrategySettings(table(), 1, 0, 1, CopyFormat.BINARY))
                .load(connection(), DATA);
        execute("DELETE FROM " + table().quotedName() + " WHERE id = 1");

        assertThrows(
                LoadVerifier.LoadVerificationException.class,
                () -> new LoadVerifier(table())
                        .verify("COPY_BINARY", RowChecksum.of(TableShape.USERS, DATA), stored, ROWS, connection()));
    }

    @Test
    void failedCopyLeavesNothingAndTheConnectionUsable() throws SQLException {
        execute("INSERT INTO " + table().quotedName() + " (id) VALUES (42)");
        LoadStrategy copy = Strategy.COPY_BINARY.create(new StrategySettings(table(), 1, 0, 1, CopyFormat.BINARY));

        assertThrows(SQLException.class, () -> copy.load(connection(), DATA), "duplicate key 42 aborts the COPY");
        assertEquals(1, new LoadVerifier(table()).read(connection()).count());
    }

    @Test
    void embeddedServerRunsDurablePostgres18() throws SQLException {
        ServerFingerprint server = ServerFingerprint.read(connection());
        assertEquals(18, server.majorVersion());
        assertEquals("on", server.settings().get("fsync"));
        assertEquals("on", server.settings().get("synchronous_commit"));
        try (java.sql.Statement statement = connection().createStatement();
                java.sql.ResultSet listen = statement.executeQuery("SHOW listen_addresses")) {
            listen.next();
            assertEquals("localhost", listen.getString(1), "loopback only");
        }
    }

    @Test
    void multiRowValuesRefusesMoreParametersThanTheProtocolCarries() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Strategy.MULTI_ROW_VALUES.create(new StrategySettings(table(), 13_108, 0, 1, CopyFormat.BINARY)));
        Strategy.MULTI_ROW_VALUES.create(new StrategySettings(table(), 13_107, 0, 1, CopyFormat.BINARY));
    }

    private static Table table() {
        return TEST_TABLE.table();
    }

    private static Connection connection() {
        return TEST_TABLE.connection();
    }

    private static void execute(String sql) throws SQLException {
        TEST_TABLE.execute(sql);
    }
}
