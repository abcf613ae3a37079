package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.MalformedRows;
import org.pgloadbench.dataset.MalformedRows.Malformation;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;

/**
 * COPY with ON_ERROR on PostgreSQL 18: what it skips (every kind of value that fails type input,
 * and exactly those rows), REJECT_LIMIT and LOG_VERBOSITY, and what it does not cover: a
 * constraint violation or a wrong column count still aborts the whole COPY and stores nothing.
 */
class CopyOnErrorTest {
    private static final int ROWS = 2_000;

    @RegisterExtension
    static final TestTable TEST_TABLE = new TestTable("on_error_test_users");

    @RegisterExtension
    static final TestTable WIDE = new TestTable("on_error_test_wide", TableShape.WIDE, Indexes.PK);

    private static final Rows DATA = new RowGenerator(RowGenerator.DEFAULT_SEED).generate(ROWS);

    @ParameterizedTest(name = "{0}% bad rows")
    @ValueSource(doubles = {0, 1, 10})
    void storesExactlyTheGoodRows(double percent) throws SQLException {
        MalformedRows malformed = new MalformedRows(percent, TableShape.USERS);
        long stored = Strategy.COPY_ON_ERROR
                .create(new StrategySettings(table(), 1, percent, 1, CopyFormat.BINARY))
                .load(connection(), DATA);

        assertEquals(ROWS - malformed.count(ROWS), stored, "COPY's tag counts the stored rows");
        new LoadVerifier(table())
                .verify(
                        "COPY_ON_ERROR",
                        RowChecksum.of(TableShape.USERS, DATA, row -> !malformed.isMalformed(row)),
                        stored,
                        ROWS,
                        connection());
    }

    @Test
    void everyKindOfMalformedValueIsSentAndSkipped() throws SQLException {
        MalformedRows malformed = new MalformedRows(10, TableShape.USERS);
        Set<Malformation> sent = new HashSet<>();
        IntStream.range(0, ROWS).filter(malformed::isMalformed).forEach(row -> sent.add(malformed.malformationOf(row)));
        assertEquals(Set.copyOf(MalformedRows.kindsFor(TableShape.USERS)), sent);

        long stored = copy(" (FORMAT text, ON_ERROR ignore)", malformed);
        assertEquals(ROWS - 200, stored);
    }

    /** The malformed value of every type the wide table has is a soft error PostgreSQL 18 skips. */
    @Test
    void everyKindOfTheWideTableIsSkipped() throws SQLException {
        Table wide = WIDE.table();
        Rows rows = new RowGenerator(TableShape.WIDE, RowGenerator.DEFAULT_SEED).generate(ROWS);
        MalformedRows malformed = new MalformedRows(10, TableShape.WIDE);
        assertTrue(
                MalformedRows.kindsFor(TableShape.WIDE).size() * 2 < malformed.count(ROWS),
                "every kind is sent twice or more");

        long stored = Strategy.COPY_ON_ERROR
                .create(new StrategySettings(wide, 1, 10, 1, CopyFormat.BINARY))
                .load(WIDE.connection(), rows);

        assertEquals(ROWS - malformed.count(ROWS), stored);
        new LoadVerifier(wide)
                .verify(
                        "COPY_ON_ERROR",
                        RowChecksum.of(TableShape.WIDE, rows, row -> !malformed.isMalformed(row)),
                        stored,
                        ROWS,
                        WIDE.connection());
    }

    @Test
    void rejectLimitFailsTheLoadOnceExceededAndStoresNothing() throws SQLException {
        MalformedRows malformed = new MalformedRows(1, TableShape.USERS);
        SQLException failure = assertThrows(
                SQLException.class, () -> copy(" (FORMAT text, ON_ERROR ignore, REJECT_LIMIT 19)", malformed));
        assertTrue(failure.getMessage().contains("skipped more than REJECT_LIMIT (19) rows"), failure.getMessage());
        assertEquals(0, new LoadVerifier(table()).read(connection()).count());

        assertEquals(
                ROWS - 20,
                copy(" (FORMAT text, ON_ERROR ignore, REJECT_LIMIT 20)", malformed),
                "20 bad rows are within a limit of 20");
    }

    @Test
    void verboseLoggingReportsEverySkippedRow() throws SQLException {
        copy(" (FORMAT text, ON_ERROR ignore, LOG_VERBOSITY verbose)", new MalformedRows(1, TableShape.USERS));
        int notices = 0;
        boolean summary = false;
        for (SQLWarning warning = connection().getWarnings(); warning != null; warning = warning.getNextWarning()) {
            notices++;
            summary |= warning.getMessage().contains("20 rows were skipped due to data type incompatibility");
        }
        assertTrue(summary, "a closing notice counts the skipped rows");
        assertEquals(21, notices, "one notice per skipped row, plus the summary");
    }

    @Test
    void duplicateKeyStillAbortsTheWholeCopy() throws SQLException {
        execute("INSERT INTO " + table().quotedName() + " (id) VALUES (1501)");
        SQLException failure = assertThrows(
                SQLException.class,
                () -> Strategy.COPY_ON_ERROR
                        .create(new StrategySettings(table(), 1, 1, 1, CopyFormat.BINARY))
                        .load(connection(), DATA));
        assertEquals("23505", failure.getSQLState(), "unique_violation is not a data type error");
        assertEquals(1, new LoadVerifier(table()).read(connection()).count(), "none of the COPY's rows stayed");
    }

    @Test
    void wrongColumnCountStillAbortsTheWholeCopy() throws SQLException {
        SQLException failure = assertThrows(
                SQLException.class,
                () -> CopyInStream.copy(
                        connection(), table().copyFromStdinSql(" (FORMAT text, ON_ERROR ignore)"), out -> {
                            byte[] good = "1\ta\tb\t1.5\t2020-01-01 00:00:00+00\n".getBytes();
                            byte[] extraColumn = "2\ta\tb\t1.5\t2020-01-01 00:00:00+00\tsurplus\n".getBytes();
                            out.putBytes(good, 0, good.length);
                            out.putBytes(extraColumn, 0, extraColumn.length);
                        }));
        assertTrue(failure.getMessage().contains("extra data after last expected column"), failure.getMessage());
        assertEquals(0, new LoadVerifier(table()).read(connection()).count());
    }

    private static long copy(String options, MalformedRows malformed) throws SQLException {
        return CopyInStream.copy(connection(), table().copyFromStdinSql(options), out -> {
            TextCopyEncoder encoder = new TextCopyEncoder(out, table().columns());
            for (int row = 0; row < ROWS; row++) {
                if (malformed.isMalformed(row)) {
                    encoder.writeMalformedRow(DATA, row, malformed.malformationOf(row));
                } else {
                    encoder.writeRow(DATA, row);
                }
            }
        });
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
