package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.HostileRows;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.server.ConnectionSettings;

/**
 * The server's own file load, in both formats, against the embedded server: the rows it reads from
 * the file the client wrote are exactly the rows generated, and a server that may not read files
 * is found out before any run.
 */
class ServerCopyFileTest {
    @RegisterExtension
    static final TestTable USERS = new TestTable("server_copy_users");

    @RegisterExtension
    static final TestTable WIDE = new TestTable("server_copy_wide", TableShape.WIDE, Indexes.PK_PLUS_2);

    static Stream<Arguments> formatsAndTables() {
        return Stream.of(CopyFormat.values())
                .flatMap(format -> Stream.of(Arguments.of(format, "users"), Arguments.of(format, "wide")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formatsAndTables")
    void storesEveryHostileFieldExactly(CopyFormat format, String shape) throws SQLException {
        TestTable testTable = shape.equals("users") ? USERS : WIDE;
        testTable.execute(testTable.table().truncateSql());
        Table table = testTable.table();
        Rows data = HostileRows.generate(table.shape(), 57);
        try (StrategyRun run =
                new StrategyRun(Strategy.SERVER_COPY_FILE, settings(table, format), testTable.connection())) {
            long stored = run.load(data);

            new LoadVerifier(table)
                    .verify(
                            "SERVER_COPY_FILE " + format,
                            RowChecksum.of(table.shape(), data, row -> true),
                            stored,
                            57,
                            testTable.connection());
            HostileRoundTripTest.assertFieldsEqual(
                    Strategy.SERVER_COPY_FILE, table, data, row -> true, testTable.connection());
        }
    }

    /** As the benchmark drives it: the file is written once, and every load after the first reads the same file. */
    @ParameterizedTest
    @EnumSource(CopyFormat.class)
    void loadsTheSameRowsAgainAndAgain(CopyFormat format) throws SQLException {
        Table table = USERS.table();
        Rows data = new RowGenerator(RowGenerator.DEFAULT_SEED).generate(20_000);
        RowSource rows = RowSource.of(data);
        try (StrategyRun run =
                new StrategyRun(Strategy.SERVER_COPY_FILE, settings(table, format), USERS.connection())) {
            for (int load = 0; load < 2; load++) {
                USERS.execute(table.truncateSql());
                long stored = run.load(rows);

                new LoadVerifier(table)
                        .verify(
                                "SERVER_COPY_FILE " + format,
                                RowChecksum.of(table.shape(), data, row -> true),
                                stored,
                                20_000,
                                USERS.connection());
            }
        }
    }

    @Test
    void theEmbeddedServerReadsThisMachinesFiles() throws SQLException {
        try (Connection connection =
                EmbeddedPostgresForTests.server().connection().open()) {
            assertEquals(
                    Optional.empty(),
                    Strategy.SERVER_COPY_FILE.unmetRequirementOn(EmbeddedPostgresForTests.context(connection)));
        }
    }

    /** A role without superuser or pg_read_server_files: the strategy is skipped, saying why, and nothing is left behind. */
    @Test
    void aRoleThatMayNotReadFilesIsToldWhy() throws SQLException {
        ConnectionSettings admin = EmbeddedPostgresForTests.server().connection();
        try (Connection connection = admin.open();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS pgload_no_files");
            statement.execute("CREATE ROLE pgload_no_files LOGIN");
        }
        try (Connection restricted =
                ConnectionSettings.of(admin.jdbcUrl(), "pgload_no_files", null).open()) {
            Optional<String> reason =
                    Strategy.SERVER_COPY_FILE.unmetRequirementOn(EmbeddedPostgresForTests.context(restricted));

            assertTrue(
                    reason.isPresent()
                            && reason.get().startsWith("the server cannot read a file this machine writes (")
                            && reason.get().contains("pg_read_server_files"),
                    reason.toString());
            assertEquals(
                    reason,
                    Strategy.SERVER_COPY_FILE.unmetRequirementOn(EmbeddedPostgresForTests.context(restricted)),
                    "the probe leaves no table behind");
        }
    }

    private static StrategySettings settings(Table table, CopyFormat format) {
        return new StrategySettings(table, 1_000, 0, 1, format);
    }
}
