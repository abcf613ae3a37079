package org.pgloadbench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a table carries besides its columns and indexes that every row of a load must get through, a
 * benchmark dimension ({@code --table-feature}): a row trigger, a foreign key, a default the server
 * computes per row, a stored generated column. Each is a cost a load pays on the server and that no
 * client can send its way around. A value is {@code none} or features joined by {@code +}
 * ({@code trigger+fk}); it knows the SQL that gives a table its features and takes them away again.
 */
public final class TableFeatures {
    /** One feature: its name on the command line and in results. */
    public enum Feature {
        /**
         * A PL/pgSQL row trigger, {@code AFTER INSERT OR UPDATE}, that writes a row into a side table
         * for every row it sees, as an audit trigger does: every row then costs a function call and a
         * second insert. Upserts fire it once per row too (an insert or an update). After every load
         * the side table's count must equal the rows the load stored: COPY fires row triggers.
         */
        TRIGGER("trigger"),
        /**
         * The key column references a parent table holding every key the loads bring (filled
         * untimed): each row costs a probe of the parent's key index and a row lock on its parent row.
         */
        FK("fk"),
        /**
         * One more column, {@code DEFAULT clock_timestamp()}, left to the server: a volatile default
         * (other than {@code nextval}) makes COPY insert one row at a time instead of in batches.
         */
        VOLATILE_DEFAULT("volatile-default"),
        /** One more column, {@code GENERATED ALWAYS AS (...) STORED}, computed from a sent column on every insert. */
        GENERATED("generated");

        private final String label;

        Feature(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The label of a table without features, the default. */
    public static final String NONE_LABEL = "none";

    public static final TableFeatures NONE = new TableFeatures(EnumSet.noneOf(Feature.class));

    /** The columns the features add, which the suite never sends. */
    private static final String ADDED_AT_COLUMN = "pgload_bench_added_at";

    private static final String GENERATED_COLUMN = "pgload_bench_generated";
    private static final String TRIGGER_NAME = "pgload_bench_seen";
    private static final String FOREIGN_KEY_NAME = "pgload_bench_parent_key";

    private final Set<Feature> features;

    private TableFeatures(Set<Feature> features) {
        this.features = features;
    }

    /**
     * {@code none}, or features joined by {@code +}, each once.
     *
     * @throws IllegalArgumentException, in one sentence, naming the features there are
     */
    public static TableFeatures parse(String label) {
        if (label.equals(NONE_LABEL)) {
            return NONE;
        }
        EnumSet<Feature> chosen = EnumSet.noneOf(Feature.class);
        for (String part : label.split("\\+", -1)) {
            Feature feature = Arrays.stream(Feature.values())
                    .filter(candidate -> candidate.label.equals(part))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--table-feature " + label + ": '" + part
                            + "' is not a feature; give none, or one or more of " + labels() + " joined by +"));
            if (!chosen.add(feature)) {
                throw new IllegalArgumentException(
                        "--table-feature " + label + " names " + part + " twice; give each feature once");
            }
        }
        return new TableFeatures(chosen);
    }

    public static String labels() {
        return Arrays.stream(Feature.values()).map(Feature::label).collect(Collectors.joining(", "));
    }

    /** {@code none}, or the features in a fixed order joined by {@code +}: what results record. */
    public String label() {
        return features.isEmpty()
                ? NONE_LABEL
                : features.stream().map(Feature::label).collect(Collectors.joining("+"));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    public boolean isNone() {
        return features.isEmpty();
    }

    /**
     * @throws IllegalArgumentException, in one sentence, where a feature cannot be given to the shape
     */
    public void check(TableShape shape) {
        if (has(Feature.FK) && KeyOrder.key(shape).isEmpty()) {
            throw new IllegalArgumentException("--table-feature fk makes the key reference a parent table, and table "
                    + shape.name() + " has no key of one column the suite sends");
        }
        if (has(Feature.GENERATED) && generatedFrom(shape).isEmpty()) {
            throw new IllegalArgumentException("--table-feature generated computes a column from a text or number "
                    + "column, and table " + shape.name() + " has none the suite sends");
        }
    }

    /** The statements that give a created table (its indexes made) these features. */
    List<String> createSql(Table table) {
        List<String> statements = new ArrayList<>();
        String name = table.quotedName();
        if (has(Feature.VOLATILE_DEFAULT)) {
            statements.add("ALTER TABLE " + name + " ADD COLUMN " + ADDED_AT_COLUMN
                    + " timestamp with time zone DEFAULT clock_timestamp()");
        }
        if (has(Feature.GENERATED)) {
            Column source = generatedFrom(table.shape()).orElseThrow();
            boolean text = source.type().storage() == ColumnType.Storage.BYTES;
            statements.add("ALTER TABLE " + name + " ADD COLUMN " + GENERATED_COLUMN
                    + (text
                            ? " text GENERATED ALWAYS AS (lower(" + source.quotedName() + ")) STORED"
                            : " numeric GENERATED ALWAYS AS (" + source.quotedName() + "::numeric * 2) STORED"));
        }
        if (has(Feature.FK)) {
            Column key = KeyOrder.key(table.shape()).orElseThrow();
            statements.add("CREATE TABLE " + parentTable(table) + " (" + key.quotedName() + " " + key.sqlType()
                    + " PRIMARY KEY)");
            statements.add("ALTER TABLE " + name + " ADD CONSTRAINT " + FOREIGN_KEY_NAME + " FOREIGN KEY ("
                    + key.quotedName() + ") REFERENCES " + parentTable(table));
        }
        if (has(Feature.TRIGGER)) {
            statements.add("CREATE TABLE " + seenTable(table) + " (seen smallint NOT NULL)");
            statements.add("CREATE FUNCTION " + seenTable(table) + "() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$pgload_bench$ BEGIN INSERT INTO " + seenTable(table)
                    + " VALUES (1); RETURN NULL; END $pgload_bench$");
            statements.add("CREATE TRIGGER " + TRIGGER_NAME + " AFTER INSERT OR UPDATE ON " + name
                    + " FOR EACH ROW EXECUTE FUNCTION " + seenTable(table) + "()");
        }
        return statements;
    }

    /** Drops what the features made beside the table, which must be dropped with it: none without features. */
    Optional<String> dropBesideSql(Table table) {
        List<String> statements = new ArrayList<>();
        if (has(Feature.FK)) {
            statements.add("DROP TABLE IF EXISTS " + parentTable(table));
        }
        if (has(Feature.TRIGGER)) {
            statements.add("DROP FUNCTION IF EXISTS " + seenTable(table) + "() CASCADE");
            statements.add("DROP TABLE IF EXISTS " + seenTable(table));
        }
        return statements.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", statements));
    }

    /**
     * Adds to the parent table the keys of every row in {@code rows}, a table of the same columns
     * (a temporary copy), so a load of those rows finds each key it references: fk only.
     */
    public void addParentKeys(Connection connection, Table table, Table rows) throws SQLException {
        if (!has(Feature.FK)) {
            return;
        }
        Column key = KeyOrder.key(table.shape()).orElseThrow();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + parentTable(table) + " SELECT " + key.quotedName() + " FROM "
                    + rows.quotedName() + " ON CONFLICT DO NOTHING");
            statement.execute("ANALYZE " + parentTable(table));
        }
    }

    /** Empties the trigger's side table, the last thing before a load, after whatever else inserted rows. */
    public void beforeLoad(Connection connection, Table table) throws SQLException {
        if (has(Feature.TRIGGER)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + seenTable(table));
            }
        }
    }

    /**
     * Checks that the trigger saw exactly the rows the load stored.
     *
     * @throws LoadVerifier.LoadVerificationException, in one sentence, when it did not
     */
    public void verify(Connection connection, Table table, String loadName, long stored) throws SQLException {
        if (!has(Feature.TRIGGER)) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet seen = statement.executeQuery("SELECT count(*) FROM " + seenTable(table))) {
            seen.next();
            if (seen.getLong(1) != stored) {
                throw new LoadVerifier.LoadVerificationException(String.format(
                        Locale.ROOT,
                        "%s failed verification: the row trigger on %s saw %,d rows, and the load stored %,d",
                        loadName,
                        table.quotedName(),
                        seen.getLong(1),
                        stored));
            }
        }
    }

    /** The sent column the generated column is computed from: the first text column, else the first number. */
    private static Optional<Column> generatedFrom(TableShape shape) {
        Optional<Column> text = shape.columns().stream()
                .filter(column -> column.type() == ColumnType.TEXT || column.type() == ColumnType.VARCHAR)
                .findFirst();
        if (text.isPresent()) {
            return text;
        }
        return shape.columns().stream()
                .filter(column -> column.type().storage() != ColumnType.Storage.BYTES
                        && column.type() != ColumnType.BOOLEAN
                        && column.type() != ColumnType.DATE
                        && column.type() != ColumnType.TIMESTAMP
                        && column.type() != ColumnType.TIMESTAMPTZ)
                .findFirst();
    }

    private static String parentTable(Table table) {
        return besideName("parent", table);
    }

    private static String seenTable(Table table) {
        return besideName("seen", table);
    }

    /** A name for an object made beside the table, from the table's own name, quoted. */
    private static String besideName(String role, Table table) {
        String tableName = table.quotedName().replace("\"", "").replaceAll("[^\\p{Alnum}_]", "_");
        return Identifiers.quote("pgload_bench_" + role + "_" + tableName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableFeatures that && features.equals(that.features);
    }

    @Override
    public int hashCode() {
        return features.hashCode();
    }

    @Override
    public String toString() {
        return label();
    }
}
