package org.pgloadbench.dataset;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's own table: runs their CREATE TABLE, finds the table it made and reads its columns and
 * constraints back from the catalog, so the suite generates rows for exactly that table.
 *
 * <p>Identity, generated and serial columns are left to the server and not sent, and so is a
 * column whose default makes a uuid ({@code gen_random_uuid()}, PostgreSQL 18's {@code uuidv7()},
 * uuid-ossp's functions): a key the server makes, as a sequence makes an integer one. Every other
 * column is sent. A column covered by a primary key or unique constraint gets distinct values; the
 * primary key (or else the first unique constraint made only of sent columns) is what upserts
 * conflict on. NOT NULL and CHECK constraints stay as declared.
 */
public final class CatalogTable {
    /** The table the DDL made and its shape. */
    public record Created(String quotedName, TableShape shape) {}

    private static final String CREATED_TABLE =
            "SELECT c.oid::regclass::text, c.relkind, c.relpersistence FROM pg_class c"
                    + " JOIN pg_type t ON t.oid = c.reltype"
                    + " WHERE c.relkind IN ('r', 'p') AND c.xmin::text = (txid_current() % 4294967296)::text AND t.xmin = c.xmin";
    private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " a.attidentity <> '' OR a.attgenerated <> ''"
            + " OR coalesce(pg_get_expr(d.adbin, d.adrelid) ~ '^(nextval|(\\w+\\.)?(gen_random_uuid|uuidv4|uuidv7|uuid_generate_v\\w+))\\(', false)"
            + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
    private static final String CONSTRAINTS =
            "SELECT c.conname, c.contype, ARRAY(SELECT a.attname FROM unnest(c.conkey)"
                    + " WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o),"
                    + " coalesce(c.confrelid::regclass::text, '')"
                    + " FROM pg_constraint c WHERE c.conrelid = ?::regclass AND c.contype IN ('p', 'u', 'f') ORDER BY c.contype = 'p' DESC, c.conname";

    private CatalogTable() {}

    /** @throws IllegalArgumentException unless the text is one CREATE TABLE statement */
    public static void checkText(String ddl) {
        DdlText.checkOneCreateTable(ddl);
    }

    /**
     * Checks a DDL without leaving anything behind: runs it in a transaction, reads the table and
     * rolls back.
     *
     * @throws IllegalArgumentException, in one sentence, for DDL the suite cannot load
     */
    public static Created inspect(Connection connection, String ddl) throws SQLException {
        DdlText.checkOneCreateTable(ddl);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return createInTransaction(connection, ddl);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Runs the DDL and commits: the table exists afterwards. */
    public static Created create(Connection connection, String ddl) throws SQLException {
        DdlText.checkOneCreateTable(ddl);
        connection.setAutoCommit(false);
        try {
            Created created = createInTransaction(connection, ddl);
            connection.commit();
            return created;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Created createInTransaction(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
        List<String> made = new ArrayList<>();
        String problem = null;
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(CREATED_TABLE)) {
            while (tables.next()) {
                made.add(tables.getString(1));
                if (tables.getString(2).equals("p")) {
                    problem = "--table-ddl creates the partitioned table " + tables.getString(1)
                            + ", which the suite does not load yet; give a plain table";
                } else if (!tables.getString(3).equals("p")) {
                    problem = "--table-ddl creates " + tables.getString(1)
                            + " as a temporary or unlogged table; give a plain (logged) one, "
                            + "since the unlogged strategies make the table unlogged themselves";
                }
            }
        }
        if (made.size() != 1) {
            throw new IllegalArgumentException(
                    "--table-ddl must create exactly one table, and it created " + made.size());
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Created(made.get(0), read(connection, made.get(0)));
    }

    /** The shape of an existing table, named as SQL writes it. */
    static TableShape read(Connection connection, String quotedName) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(CONSTRAINTS)) {
            query.setString(1, quotedName);
            try (ResultSet constraints = query.executeQuery()) {
                while (constraints.next()) {
                    String[] columns = strings(constraints.getArray(3));
                    if (constraints.getString(2).equals("f")) {
                        throw new IllegalArgumentException("table " + quotedName + " has a foreign key ("
                                + String.join(", ", columns) + " references " + constraints.getString(4)
                                + "); the suite loads one table on its own, so leave out the REFERENCES");
                    }
                    keys.add(columns);
                    unique.addAll(List.of(columns));
                }
            }
        }
        List<Column> sent = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS)) {
            query.setString(1, quotedName);
            try (ResultSet columns = query.executeQuery()) {
                while (columns.next()) {
                    if (!columns.getBoolean(4)) {
                        String name = columns.getString(1);
                        sent.add(
                                Column.parse(name, columns.getString(2), columns.getBoolean(3), unique.contains(name)));
                    }
                }
            }
        }
        if (sent.isEmpty()) {
            throw new IllegalArgumentException(
                    "table " + quotedName
                            + " has no column the suite can send: all are identity, generated, serial or uuids the server makes");
        }
        List<String> sentNames = sent.stream().map(Column::name).toList();
        List<String> key = keys.stream()
                .filter(columns -> sentNames.containsAll(List.of(columns)))
                .findFirst()
                .map(List::of)
                .orElse(List.of());
        return TableShape.ofCatalog(quotedName, sent, key);
    }

    /** Drops the table's primary key and unique constraints, for {@code --indexes none}. */
    static void dropKeys(Connection connection, String quotedName) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CONSTRAINTS)) {
            query.setString(1, quotedName);
            try (ResultSet constraints = query.executeQuery()) {
                while (constraints.next()) {
                    names.add(constraints.getString(1));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("ALTER TABLE " + quotedName + " DROP CONSTRAINT " + Identifiers.quote(name));
            }
        }
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
