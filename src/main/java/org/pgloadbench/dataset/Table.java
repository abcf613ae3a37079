package org.pgloadbench.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table a benchmark loads into: a {@link TableShape} under a name on the server, with its
 * {@link Indexes} and {@link TableFeatures}. It writes every statement the suite sends about the table, with the name and
 * every column name double-quoted, so no name can change the statements it appears in.
 */
public final class Table {
    /** Built-in tables get distinctive names: the suite drops and recreates them on the target server. */
    static final String BUILT_IN_PREFIX = "pgload_bench_";

    private final TableShape shape;
    private final String quotedName;
    private final Indexes indexes;
    /** The user's CREATE TABLE, or null for a built-in shape. */
    private final String ddl;

    private final TableFeatures features;

    private Table(TableShape shape, String quotedName, Indexes indexes, String ddl, TableFeatures features) {
        this.shape = shape;
        this.quotedName = quotedName;
        this.indexes = indexes;
        this.ddl = ddl;
        this.features = features;
    }

    /** A built-in shape under its own name, {@code pgload_bench_<shape>}. */
    public static Table builtIn(TableShape shape, Indexes indexes) {
        return named(BUILT_IN_PREFIX + shape.name(), shape, indexes);
    }

    /** A shape under any name, e.g. a test's own table. */
    public static Table named(String name, TableShape shape, Indexes indexes) {
        return new Table(shape, Identifiers.quote(name), indexes, null, TableFeatures.NONE);
    }

    /** The users table with its primary key, as the suite loaded it before tables had shapes. */
    public static Table users() {
        return builtIn(TableShape.USERS, Indexes.PK);
    }

    /** The user's own table: {@code quotedName} as the server names it, created by {@code ddl}. */
    public static Table fromDdl(TableShape shape, String quotedName, Indexes indexes, String ddl) {
        return new Table(shape, quotedName, indexes, ddl, TableFeatures.NONE);
    }

    /**
     * The same table with these features.
     *
     * @throws IllegalArgumentException, in one sentence, where the shape cannot have one of them
     */
    public Table withFeatures(TableFeatures chosen) {
        chosen.check(shape);
        return new Table(shape, quotedName, indexes, ddl, chosen);
    }

    /**
     * A temporary table of the sent columns under {@code name}, made afresh and empty in this
     * session: without constraints (identity and defaulted columns stay this table's), without WAL,
     * gone with the session however it ends. A staging table, or a copy to restore from.
     */
    public Table createTemporaryCopy(Connection connection, String name) throws SQLException {
        Table copy = new Table(shape, Identifiers.quote(name), Indexes.NONE, null, TableFeatures.NONE);
        try (Statement statement = connection.createStatement()) {
            statement.execute(copy.dropTemporarySql());
            statement.execute("CREATE TEMPORARY TABLE " + copy.quotedName + " AS SELECT " + shape.columnList()
                    + " FROM " + quotedName + " WITH NO DATA");
        }
        return copy;
    }

    /** Drops this session's temporary table of this name, if any, and never a table of the name elsewhere. */
    public String dropTemporarySql() {
        return "DROP TABLE IF EXISTS pg_temp." + quotedName;
    }

    /** The user's CREATE TABLE, or null for a built-in shape. */
    public String ddl() {
        return ddl;
    }

    public TableShape shape() {
        return shape;
    }

    public List<Column> columns() {
        return shape.columns();
    }

    public Indexes indexes() {
        return indexes;
    }

    public TableFeatures features() {
        return features;
    }

    /** The name as SQL writes it, quoted. */
    public String quotedName() {
        return quotedName;
    }

    /** Drops the table and whatever its features made beside it (one statement, or several separated by semicolons). */
    public String dropSql() {
        String table = "DROP TABLE IF EXISTS " + quotedName;
        return features.dropBesideSql(this).map(beside -> table + "; " + beside).orElse(table);
    }

    /** Creates the table, the indexes its {@link Indexes} asks for, then its features; the table must not exist. */
    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (ddl == null) {
                statement.execute(createSql());
            } else {
                statement.execute(ddl);
                if (indexes == Indexes.NONE) {
                    CatalogTable.dropKeys(connection, quotedName);
                }
            }
            if (indexes == Indexes.PK_PLUS_2) {
                for (String column : shape.indexedBySecondaryIndexes()) {
                    statement.execute("CREATE INDEX ON " + quotedName + " (" + Identifiers.quote(column) + ")");
                }
            }
            for (String feature : features.createSql(this)) {
                statement.execute(feature);
            }
        }
    }

    private String createSql() {
        String columns = shape.columns().stream()
                .map(column -> column.quotedName() + " " + column.sqlType() + (column.notNull() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        String key = indexes == Indexes.NONE || shape.primaryKey().isEmpty()
                ? ""
                : ", PRIMARY KEY (" + quotedList(shape.primaryKey()) + ")";
        return "CREATE TABLE " + quotedName + " (" + columns + key + ")";
    }

    /** {@code INSERT INTO "t" (columns) }, ready for VALUES or SELECT. */
    public String insertIntoSql() {
        return "INSERT INTO " + quotedName + " (" + shape.columnList() + ") ";
    }

    /** {@code COPY "t" (columns) FROM STDIN} followed by {@code options}, e.g. {@code " (FORMAT binary)"}. */
    public String copyFromStdinSql(String options) {
        return copyFrom("STDIN", options);
    }

    /** {@code COPY "t" (columns) FROM '/path'} followed by {@code options}: the server reads the file itself. */
    public String copyFromFileSql(String serverPath, String options) {
        return copyFrom(Identifiers.literal(serverPath), options);
    }

    private String copyFrom(String source, String options) {
        return "COPY " + quotedName + " (" + shape.columnList() + ") FROM " + source + options;
    }

    public String truncateSql() {
        return "TRUNCATE " + quotedName;
    }

    /** True where an upsert can conflict on a key: the shape has one and the indexes keep it. */
    public boolean hasKey() {
        return indexes != Indexes.NONE && !shape.primaryKey().isEmpty();
    }

    /**
     * Makes a row whose key exists replace that row's other columns: what an upsert appends to its
     * INSERT. A table of key columns only sets the key to itself, so the statement still reports
     * every row.
     */
    public String onConflictUpdateSql() {
        if (!hasKey()) {
            throw new IllegalStateException(quotedName + " has no key to conflict on");
        }
        List<String> updated = shape.columns().stream()
                .map(Column::name)
                .filter(name -> !shape.primaryKey().contains(name))
                .toList();
        List<String> set = updated.isEmpty() ? shape.primaryKey() : updated;
        return " ON CONFLICT (" + quotedList(shape.primaryKey()) + ") DO UPDATE SET "
                + set.stream()
                        .map(Identifiers::quote)
                        .map(name -> name + " = EXCLUDED." + name)
                        .collect(Collectors.joining(", "));
    }

    /**
     * The column a hash-distributed copy of this table is sharded on, unquoted: the key's first
     * column (Citus needs it in every unique constraint, and a one-column key is the usual case),
     * else the first column.
     */
    public String distributionColumn() {
        return shape.primaryKey().isEmpty()
                ? shape.columns().get(0).name()
                : shape.primaryKey().get(0);
    }

    /** {@code ALTER TABLE "t" SET UNLOGGED} (or {@code LOGGED}): rewrites the table, its indexes too. */
    public String setLoggedSql(boolean logged) {
        return "ALTER TABLE " + quotedName + " SET " + (logged ? "LOGGED" : "UNLOGGED");
    }

    private static String quotedList(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }
}
