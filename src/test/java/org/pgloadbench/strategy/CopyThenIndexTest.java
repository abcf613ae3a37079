package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TableShape;

/** The rebuild leaves the table with the indexes and constraints it had, and a duplicate key still fails the load. */
class CopyThenIndexTest {
    @RegisterExtension
    static final TestTable TABLE = new TestTable("copy_then_index_test", TableShape.USERS, Indexes.PK_PLUS_2);

    private static final Rows ROWS = new RowGenerator(RowGenerator.DEFAULT_SEED).generate(1_000);

    @Test
    void theIndexesComeBackAsTheyWere() throws SQLException {
        List<String> before = indexes();
        assertEquals(3, before.size(), before.toString());
        try (StrategyRun run = run()) {
            assertEquals(1_000, run.load(ROWS));
        }
        assertEquals(before, indexes());
    }

    @Test
    void aDuplicateKeyFailsTheLoadAndLeavesTheIndexes() throws SQLException {
        List<String> before = indexes();
        TABLE.execute("INSERT INTO copy_then_index_test (id) VALUES (500)");
        try (StrategyRun run = run()) {
            SQLException failure = assertThrows(SQLException.class, () -> run.loader.load(TABLE.connection(), ROWS));
            assertTrue(failure.getMessage().contains("could not create unique index"), failure.getMessage());
        }
        assertEquals(before, indexes());
        assertTrue(TABLE.connection().getAutoCommit(), "the connection is back in autocommit");
    }

    @Test
    void aTableWithoutIndexesHasNothingToRebuild() {
        NotApplicableException refusal = assertThrows(
                NotApplicableException.class,
                () -> Strategy.COPY_THEN_INDEX.create(new StrategySettings(
                        org.pgloadbench.dataset.Table.named("t", TableShape.USERS, Indexes.NONE),
                        1,
                        0,
                        1,
                        CopyFormat.BINARY)));
        assertEquals(
                "COPY_THEN_INDEX rebuilds the table's indexes, and table users with indexes none has none",
                refusal.getMessage());
    }

    private static StrategyRun run() throws SQLException {
        return new StrategyRun(
                Strategy.COPY_THEN_INDEX,
                new StrategySettings(TABLE.table(), 1, 0, 1, CopyFormat.BINARY),
                TABLE.connection());
    }

    private static List<String> indexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = TABLE.connection().createStatement();
                ResultSet index = statement.executeQuery("SELECT indexdef FROM pg_indexes "
                        + "WHERE tablename = 'copy_then_index_test' ORDER BY indexdef")) {
            while (index.next()) {
                definitions.add(index.getString(1));
            }
        }
        return definitions;
    }
}
