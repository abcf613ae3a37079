package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgloadbench.EmbeddedPostgresForTests;

/** The user's CREATE TABLE read back from a real server's catalog, and what is refused, in one sentence each. */
class CatalogTableTest {
    private static final String ORDERS = """
            -- an orders table as an application would have it
            CREATE TABLE catalog_test_orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                order_number varchar(20) NOT NULL UNIQUE,
                customer_id integer NOT NULL,
                total numeric(12,2) NOT NULL CHECK (total > -10000000000),
                note text DEFAULT 'none; really',
                serial_no bigserial,
                placed_at timestamptz(3) NOT NULL,
                total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED
            );
            """;

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
    void readsTheColumnsTheSuiteSendsAndLeavesNothingBehind() throws SQLException {
        CatalogTable.Created created = CatalogTable.inspect(connection, ORDERS);

        assertEquals("catalog_test_orders", created.quotedName());
        TableShape shape = created.shape();
        assertEquals(
                List.of("order_number", "customer_id", "total", "note", "placed_at"),
                shape.columns().stream().map(Column::name).toList(),
                "identity, serial and generated columns are the server's");
        assertEquals(
                List.of("order_number"),
                shape.primaryKey(),
                "the key upserts use: the unique constraint, since the primary key is not sent");
        Column orderNumber = shape.column(0);
        assertEquals(ColumnType.VARCHAR, orderNumber.type());
        assertEquals(20, orderNumber.precision());
        assertTrue(orderNumber.unique() && orderNumber.notNull());
        assertEquals("numeric(12,2)", shape.column(2).sqlType());
        assertEquals(3, shape.column(4).fractionalDigits());
        assertFalse(exists("catalog_test_orders"), "inspecting rolls back");
    }

    @Test
    void leavesAUuidTheServerMakesToTheServer() throws SQLException {
        TableShape shape = CatalogTable.inspect(connection, """
                        CREATE TABLE catalog_test_events (
                            id uuid PRIMARY KEY DEFAULT uuidv7(),
                            trace uuid DEFAULT pg_catalog.gen_random_uuid(),
                            sent uuid NOT NULL,
                            note text DEFAULT 'gen_random_uuid()'
                        )""").shape();

        assertEquals(
                List.of("sent", "note"),
                shape.columns().stream().map(Column::name).toList(),
                "a default that makes a uuid is the server's; a text default that only names one is not");
        assertEquals(List.of(), shape.primaryKey(), "the key is not sent, so upserts have none");
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> KeyOrder.apply(shape, KeyOrder.UUIDV4.label()));
        assertEquals(
                "--key-order uuidv4 needs a key of one column the suite sends, and table catalog_test_events has none",
                refused.getMessage());
    }

    /** The CREATE TABLEs the README points newcomers to all run, and each leaves the suite columns to send. */
    @Test
    void everyExampleIsATableTheSuiteLoads() throws Exception {
        List<Path> examples;
        try (var files = Files.list(Path.of("examples"))) {
            examples = files.filter(file -> file.toString().endsWith(".sql"))
                    .sorted()
                    .toList();
        }
        assertTrue(examples.size() >= 6, examples.toString());
        for (Path example : examples) {
            TableShape shape =
                    CatalogTable.inspect(connection, Files.readString(example)).shape();
            assertFalse(shape.columns().isEmpty(), example.toString());
            if (example.getFileName().toString().startsWith("users-uuid")) {
                assertEquals(
                        !example.getFileName().toString().endsWith("-server.sql"),
                        shape.columns().stream()
                                .anyMatch(column -> column.name().equals("id")),
                        example + ": a key the server makes is not sent, one without a default is");
            }
        }
    }

    @Test
    void loadsRowsTheServerAccepts() throws SQLException {
        CatalogTable.Created created = CatalogTable.inspect(connection, ORDERS);
        Table table = Table.fromDdl(created.shape(), created.quotedName(), Indexes.PK_PLUS_2, ORDERS);
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.dropSql());
            table.create(connection);
            Rows rows = new RowGenerator(table.shape(), 7).generate(1_000);
            String values = table.columns().stream()
                    .map(column -> "?")
                    .reduce((a, b) -> a + ", " + b)
                    .orElseThrow();
            try (java.sql.PreparedStatement insert =
                    connection.prepareStatement(table.insertIntoSql() + "VALUES (" + values + ")")) {
                for (int row = 0; row < rows.size(); row++) {
                    for (int column = 0; column < rows.columnCount(); column++) {
                        insert.setObject(
                                column + 1,
                                ValueText.input(table.columns().get(column), rows.column(column), row),
                                java.sql.Types.OTHER);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            assertEquals(RowChecksum.of(table.shape(), rows), new LoadVerifier(table).read(connection));
            assertEquals(1 + 1 + 2, indexCount(), "primary key, unique constraint, two secondary indexes");
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.dropSql());
            }
        }
    }

    @Test
    void indexesNoneDropsKeysAndUniqueConstraints() throws SQLException {
        CatalogTable.Created created = CatalogTable.inspect(connection, ORDERS);
        Table table = Table.fromDdl(created.shape(), created.quotedName(), Indexes.NONE, ORDERS);
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.dropSql());
            table.create(connection);
            assertEquals(0, indexCount());
            assertFalse(table.hasKey());
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.dropSql());
            }
        }
    }

    @Test
    void refusesATypeItCannotGenerate() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> CatalogTable.inspect(
                        connection, "CREATE TABLE catalog_test_money (id bigint PRIMARY KEY, price money)"));
        assertTrue(
                refused.getMessage().startsWith("column price has type money, which the suite cannot generate"),
                refused.getMessage());
    }

    @Test
    void refusesAForeignKey() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS catalog_test_customers (id bigint PRIMARY KEY)");
        }
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> CatalogTable.inspect(
                        connection,
                        "CREATE TABLE catalog_test_fk (id bigint PRIMARY KEY, customer bigint REFERENCES catalog_test_customers)"));
        assertTrue(
                refused.getMessage().contains("has a foreign key (customer references catalog_test_customers)"),
                refused.getMessage());
        assertFalse(exists("catalog_test_fk"));
    }

    @Test
    void refusesTextThatIsNotOneCreateTable() {
        assertThrows(
                IllegalArgumentException.class, () -> CatalogTable.checkText("CREATE TABLE a (id int); DROP TABLE b"));
        assertThrows(IllegalArgumentException.class, () -> CatalogTable.checkText("DROP TABLE b"));
        assertThrows(
                IllegalArgumentException.class,
                () -> CatalogTable.checkText("CREATE TABLE a (note text DEFAULT 'open"));
        CatalogTable.checkText(
                "/* a; b */ CREATE TABLE a (note text DEFAULT 'x;y', \"odd;name\" int, body text DEFAULT $$;$$); -- done;\n");
    }

    @Test
    void refusesAnUnloggedTable() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> CatalogTable.inspect(connection, "CREATE UNLOGGED TABLE catalog_test_unlogged (id bigint)"));
        assertTrue(refused.getMessage().contains("temporary or unlogged"), refused.getMessage());
    }

    private static boolean exists(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static int indexCount() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(*) FROM pg_index WHERE indrelid = 'catalog_test_orders'::regclass")) {
            result.next();
            return result.getInt(1);
        }
    }
}
