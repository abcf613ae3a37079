package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.HostileRows;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.dataset.ValueText;

/**
 * Every strategy stores the hostile rows of every table shape exactly: read back and compared
 * field by field in each value's checksum form (text by its bytes, floats, dates and timestamps by
 * the bits of their binary form, jsonb as the server prints it), on top of the count-and-checksum
 * verification every benchmark load gets.
 */
class HostileRoundTripTest {
    /** Several cycles of the cases; not a multiple of ROWS_PER_STATEMENT, so short statements run too. */
    private static final int ROWS = 57;

    private static final int ROWS_PER_STATEMENT = 10;

    @RegisterExtension
    static final TestTable USERS = new TestTable("hostile_test_users");

    @RegisterExtension
    static final TestTable NARROW = new TestTable("hostile_test_narrow", TableShape.NARROW, Indexes.PK);

    @RegisterExtension
    static final TestTable WIDE = new TestTable("hostile_test_wide", TableShape.WIDE, Indexes.PK);

    static Stream<Arguments> strategiesAndTables() {
        return Stream.of(USERS, NARROW, WIDE)
                .flatMap(table -> Stream.of(Strategy.values())
                        .map(strategy ->
                                Arguments.of(strategy, table.table().shape().name())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("strategiesAndTables")
    void storesEveryHostileFieldExactly(Strategy strategy, String shape) throws SQLException {
        TestTable testTable = Stream.of(USERS, NARROW, WIDE)
                .filter(t -> t.table().shape().name().equals(shape))
                .findFirst()
                .orElseThrow();
        testTable.execute(testTable.table().truncateSql());
        Table table = testTable.table();
        Rows data = HostileRows.generate(table.shape(), ROWS);
        try (StrategyRun run = new StrategyRun(
                strategy,
                new StrategySettings(table, ROWS_PER_STATEMENT, 10, 2, CopyFormat.BINARY),
                testTable.connection())) {
            long stored = run.load(data);

            new LoadVerifier(table)
                    .verify(
                            strategy.name(),
                            RowChecksum.of(table.shape(), data, run.loader.storesRow()),
                            stored,
                            ROWS,
                            testTable.connection());
            assertFieldsEqual(strategy, table, data, run.loader.storesRow(), testTable.connection());
        }
    }

    @Test
    void textWithNulIsRejectedBeforeAnyLoad() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> new BytesColumn.Builder(2, 8).add("fine").add("nul\u0000inside"));
        assertTrue(refused.getMessage().contains("row 2 contains a NUL character"), refused.getMessage());
    }

    /** Each stored row, found by its first (key) column, holds exactly the values sent. */
    static void assertFieldsEqual(Strategy strategy, Table table, Rows data, IntPredicate stored, Connection connection)
            throws SQLException {
        Map<String, Integer> rowByKey = new HashMap<>();
        for (int row = 0; row < data.size(); row++) {
            if (stored.test(row)) {
                rowByKey.put(form(table, data, 0, row), row);
            }
        }
        int columns = table.columns().size();
        String select = table.columns().stream().map(ValueText::checksumSql).collect(Collectors.joining(", "));
        int seen = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT " + select + " FROM " + table.quotedName())) {
            while (result.next()) {
                Integer row = rowByKey.get(result.getString(1));
                assertTrue(row != null, strategy + " stored a row that was not sent: key " + result.getString(1));
                List<String> mismatches = new ArrayList<>();
                for (int column = 1; column < columns; column++) {
                    String expected = form(table, data, column, row);
                    if (!expected.equals(result.getString(column + 1))) {
                        mismatches.add(table.columns().get(column).name() + ": sent " + expected + ", stored "
                                + result.getString(column + 1));
                    }
                }
                assertEquals(List.of(), mismatches, strategy + " row " + row);
                seen++;
            }
        }
        assertEquals(rowByKey.size(), seen);
    }

    private static String form(Table table, Rows data, int column, int row) {
        StringBuilder text = new StringBuilder();
        ValueText.appendChecksumForm(text, table.columns().get(column), data.column(column), row);
        return text.toString();
    }
}
