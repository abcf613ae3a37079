package org.pgloadbench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pgloadbench.dataset.UsersTable;

/**
 * A table of its own in the shared embedded server and a connection to load it through, as a
 * JUnit extension: created before the class's tests, emptied before each, dropped after all.
 * Register it as {@code @RegisterExtension static final TestTable TABLE = new TestTable("name");}.
 */
public final class TestTable implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final UsersTable table;
    private Connection connection;

    public TestTable(String name) {
        this.table = new UsersTable(name);
    }

    public UsersTable table() {
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
        execute(table.createSql());
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
