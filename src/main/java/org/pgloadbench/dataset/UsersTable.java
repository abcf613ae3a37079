package org.pgloadbench.dataset;

import java.util.regex.Pattern;

/**
 * The table every strategy loads into: a users-like row of about 80 bytes as text, with a primary
 * key so that every strategy pays for index maintenance the same way.
 *
 * <p>The name is validated as a plain SQL identifier and always written double-quoted, so a name a
 * user passes can never change the statements it appears in.
 */
public final class UsersTable {
    /** Deliberately distinctive: the suite drops and recreates this table on the target server. */
    public static final String DEFAULT_NAME = "pgload_bench_users";

    /** The column list, in the order of {@link Rows} and of every wire format the strategies send. */
    public static final String COLUMNS = "id, name, email, score, created_at";
    public static final int COLUMN_COUNT = 5;

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String name;

    public UsersTable(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("table name '" + name
                    + "' is not a lower-case SQL identifier of at most 63 characters");
        }
        this.name = name;
    }

    public static UsersTable defaultTable() {
        return new UsersTable(DEFAULT_NAME);
    }

    /** The double-quoted identifier, safe to splice into SQL. */
    public String quotedName() {
        return '"' + name + '"';
    }

    public String dropSql() {
        return "DROP TABLE IF EXISTS " + quotedName();
    }

    public String createSql() {
        return "CREATE TABLE " + quotedName() + " ("
                + "id bigint PRIMARY KEY, "
                + "name text, "
                + "email text, "
                + "score double precision, "
                + "created_at timestamptz)";
    }

    /** {@code INSERT INTO "t" (columns) }, ready for VALUES or SELECT. */
    public String insertIntoSql() {
        return "INSERT INTO " + quotedName() + " (" + COLUMNS + ") ";
    }

    /** {@code COPY "t" (columns) FROM STDIN} followed by {@code options}, e.g. {@code " (FORMAT binary)"}. */
    public String copyFromStdinSql(String options) {
        return "COPY " + quotedName() + " (" + COLUMNS + ") FROM STDIN" + options;
    }

    public String truncateSql() {
        return "TRUNCATE " + quotedName();
    }

    /** Makes a row whose id exists replace that row's other columns: what an upsert appends to its INSERT. */
    public String onConflictUpdateSql() {
        return " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, "
                + "score = EXCLUDED.score, created_at = EXCLUDED.created_at";
    }

    /** {@code ALTER TABLE "t" SET UNLOGGED} (or {@code LOGGED}): rewrites the table, its indexes too. */
    public String setLoggedSql(boolean logged) {
        return "ALTER TABLE " + quotedName() + " SET " + (logged ? "LOGGED" : "UNLOGGED");
    }
}
