package org.pgloadbench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.UsersTable;

/** A table of its own in the shared embedded server, and a connection to load it through. */
public final class TestTable implements AutoCloseable {
    private final UsersTable table;
    private final Connection connection;

    private TestTable(UsersTable table, Connection connection) {
        this.table = table;
        this.connection = connection;
    }

    /** Connects and creates the table afresh. */
    public static TestTable create(String name) throws SQLException {
        TestTable testTable = new TestTable(new UsersTable(name), EmbeddedPostgresForTests.server().connection().open());
        testTable.execute(testTable.table.dropSql());
        testTable.execute(testTable.table.createSql());
        return testTable;
    }

    public UsersTable table() {
        return table;
    }

    public Connection connection() {
        return connection;
    }

    public void truncate() throws SQLException {
        execute(table.truncateSql());
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the table and closes the connection. */
    @Override
    public void close() throws SQLException {
        try {
            execute(table.dropSql());
        } finally {
            connection.close();
        }
    }
}
