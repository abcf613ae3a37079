package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.HostileRows;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TextColumn;
import org.pgloadbench.dataset.UsersTable;

/**
 * Every strategy stores the hostile rows exactly: read back and compared field by field (text by
 * equality, doubles by their bits so -0.0 and NaN count, timestamps to the microsecond), on top of
 * the count-and-checksum verification every benchmark load gets.
 */
class HostileRoundTripTest {
    /** Four cycles of the cases; not a multiple of ROWS_PER_STATEMENT, so short statements run too. */
    private static final int ROWS = 57;
    private static final int ROWS_PER_STATEMENT = 10;
    @RegisterExtension
    static final TestTable TEST_TABLE = new TestTable("hostile_test_users");
    private static final Rows DATA = HostileRows.generate(ROWS);

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void storesEveryHostileFieldExactly(Strategy strategy) throws SQLException {
        try (StrategyRun run = new StrategyRun(strategy, new StrategySettings(table(), ROWS_PER_STATEMENT, 10, 2), connection())) {
            long stored = run.load(DATA);

            new LoadVerifier(table()).verify(strategy.name(), RowChecksum.of(DATA, run.loader.storesRow()), stored, ROWS, connection());
            assertFieldsEqual(strategy, run.loader.storesRow());
        }
    }

    @Test
    void textWithNulIsRejectedBeforeAnyLoad() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TextColumn.Builder(2, 8).add("fine").add("nul\u0000inside"));
        assertTrue(refused.getMessage().contains("row 2 contains a NUL character"), refused.getMessage());
    }

    private static void assertFieldsEqual(Strategy strategy, IntPredicate stored) throws SQLException {
        Map<Long, Integer> rowById = new HashMap<>();
        for (int row = 0; row < ROWS; row++) {
            if (stored.test(row)) {
                rowById.put(DATA.id(row), row);
            }
        }
        int seen = 0;
        try (Statement statement = connection().createStatement();
             ResultSet result = statement.executeQuery("SELECT id, name, email, score, "
                     + "(extract(epoch FROM created_at) * 1000000)::bigint FROM " + table().quotedName())) {
            while (result.next()) {
                Integer row = rowById.get(result.getLong(1));
                String where = strategy + " row " + row;
                assertEquals(DATA.names().get(row), result.getString(2), where + " name");
                assertEquals(DATA.emails().get(row), result.getString(3), where + " email");
                assertEquals(Double.doubleToLongBits(DATA.score(row)), Double.doubleToLongBits(result.getDouble(4)), where + " score");
                assertEquals(DATA.createdAtMicros(row), result.getLong(5), where + " created_at");
                seen++;
            }
        }
        assertEquals(rowById.size(), seen);
    }

    private static UsersTable table() {
        return TEST_TABLE.table();
    }

    private static Connection connection() {
        return TEST_TABLE.connection();
    }

    private static void execute(String sql) throws SQLException {
        TEST_TABLE.execute(sql);
    }
}
