package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.strategy.TableFill;

/** The features as values, refused in one sentence where they do not fit, and what they make on a real server. */
class TableFeaturesTest {
    private static Connection connection;

    @BeforeAll
    static void connect() throws SQLException {
        connection = EmbeddedPostgresForTests.server().connection().open();
    }

    @AfterAll
    static void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void labelsAreNoneOrFeaturesInAFixedOrder() {
        assertEquals("none", TableFeatures.parse("none").label());
        assertEquals(TableFeatures.NONE, TableFeatures.parse("none"));
        assertEquals("trigger+fk", TableFeatures.parse("fk+trigger").label());
        assertEquals(TableFeatures.parse("fk+trigger"), TableFeatures.parse("trigger+fk"));
        assertTrue(TableFeatures.parse("volatile-default+generated").has(TableFeatures.Feature.GENERATED));
    }

    @Test
    void refusesWhatIsNoFeatureInOneSentence() {
        assertEquals(
                "--table-feature partitions:0: 'partitions:0' is not a feature; give none, or one or more of trigger, "
                        + "fk, volatile-default, generated joined by +",
                assertThrows(IllegalArgumentException.class, () -> TableFeatures.parse("partitions:0"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TableFeatures.parse("trigger+"))
                .getMessage()
                .startsWith("--table-feature trigger+: '' is not a feature"));
        assertEquals(
                "--table-feature fk+fk names fk twice; give each feature once",
                assertThrows(IllegalArgumentException.class, () -> TableFeatures.parse("fk+fk"))
                        .getMessage());
    }

    @Test
    void refusesAFeatureTheShapeCannotHave() {
        TableShape keyless = TableShape.ofCatalog(
                "keyless",
                List.of(Column.of("at", ColumnType.TIMESTAMPTZ), Column.of("flag", ColumnType.BOOLEAN)),
                List.of());
        Table table = Table.named("features_keyless", keyless, Indexes.NONE);
        assertEquals(
                "--table-feature fk makes the key reference a parent table, and table keyless has no key of one column "
                        + "the suite sends",
                assertThrows(IllegalArgumentException.class, () -> table.withFeatures(TableFeatures.parse("fk")))
                        .getMessage());
        assertEquals(
                "--table-feature generated computes a column from a text or number column, and table keyless has none "
                        + "the suite sends",
                assertThrows(IllegalArgumentException.class, () -> table.withFeatures(TableFeatures.parse("generated")))
                        .getMessage());
    }

    /**
     * Every feature on the users table at once: the server fills the added columns, the foreign key
     * holds the rows to the parent's keys, and the trigger's count is checked, and caught when it
     * does not match.
     */
    @Test
    void everyFeatureOnARealServer() throws SQLException {
        Table table = Table.named("features_users", TableShape.USERS, Indexes.PK)
                .withFeatures(TableFeatures.parse("trigger+fk+volatile-default+generated"));
        Rows rows = new RowGenerator(table.shape(), 3).generate(200);
        execute(table.dropSql());
        table.create(connection);
        try {
            Table keys = table.createTemporaryCopy(connection, "features_keys");
            TableFill.binaryCopy(connection, keys, RowSource.of(rows));
            table.features().addParentKeys(connection, table, keys);
            execute(keys.dropTemporarySql());

            table.features().beforeLoad(connection, table);
            TableFill.binaryCopy(connection, table, RowSource.of(rows));
            table.features().verify(connection, table, "COPY", rows.size());
            assertEquals(
                    List.of(200L, 200L, 200L),
                    longs("SELECT count(*), count(pgload_bench_added_at), count(*) FILTER (WHERE"
                            + " pgload_bench_generated IS NOT DISTINCT FROM lower(name)) FROM " + table.quotedName()));

            execute("ALTER TABLE " + table.quotedName() + " DISABLE TRIGGER pgload_bench_seen");
            table.features().beforeLoad(connection, table);
            execute("UPDATE " + table.quotedName() + " SET score = 0 WHERE id <= 10");
            LoadVerifier.LoadVerificationException missed = assertThrows(
                    LoadVerifier.LoadVerificationException.class,
                    () -> table.features().verify(connection, table, "UPDATE", 10));
            assertEquals(
                    "UPDATE failed verification: the row trigger on \"features_users\" saw 0 rows, and the load stored 10",
                    missed.getMessage());

            SQLException orphan = assertThrows(
                    SQLException.class,
                    () -> execute("INSERT INTO " + table.quotedName()
                            + " (id, name, email, score, created_at) VALUES (1000000, 'n', 'e', 1, now())"));
            assertEquals("23503", orphan.getSQLState(), "a key the parent lacks is refused");
        } finally {
            execute(table.dropSql());
        }
        assertEquals(
                List.of(0L, 0L),
                longs("SELECT (SELECT count(*) FROM pg_class WHERE relname LIKE '%features\\_users'),"
                        + " (SELECT count(*) FROM pg_proc WHERE proname LIKE '%features\\_users')"),
                "dropping the table drops what its features made beside it");
    }

    private static void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<Long> longs(String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            List<Long> values = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                values.add(row.getLong(column));
            }
            return values;
        }
    }
}
