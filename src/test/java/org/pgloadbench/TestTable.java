package org.pgloadbench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;

/**
 * A table of its own (the users shape unless given another) in the shared embedded server and a connection to load it through, as a
 * JUnit extension: created before the class's tests, emptied before each, dropped after all.
 * Register it as {@code @RegisterExtension static final TestTable TABLE = new TestTable("name");}.
 */
public final class TestTable implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final Table table;
    private Connection connection;

    /** The users shape with its primary key. */
    public TestTable(String name) {
        this(name, TableShape.USERS, Indexes.PK);
    }

    public TestTable(String name, TableShape shape, Indexes indexes) {
        this.table = Table.named(name, shape, indexes);
    }

    public Table table() {
        return table;
    }

    public Connection connection() {
        return connection;
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        connection = EmbeddedPostgresForTests.server().connection().open();
        execute(table.dropSql());
        table.create(connection);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        execute(table.truncateSql());
        connection.clearWarnings();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        try {
            execute(table.dropSql());
        } finally {
            connection.close();
        }
    }
}
