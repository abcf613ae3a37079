package org.pgloadbench.dataset;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a table looks like to the suite: the columns it sends, in order, how their values are
 * generated, the key an upsert conflicts on, and the columns {@code --indexes pk+2} indexes. A
 * built-in shape ({@link #USERS}, {@link #NARROW}, {@link #WIDE}) or one read back from the user's
 * own CREATE TABLE ({@link CatalogTable}).
 */
public final class TableShape {
    /** Today's table since the suite began: about 90 bytes a row as text. */
    public static final TableShape USERS = new TableShape(
            "users",
            List.of(
                    Column.of("id", ColumnType.BIGINT).key(),
                    Column.of("name", ColumnType.TEXT),
                    Column.of("email", ColumnType.TEXT),
                    Column.of("score", ColumnType.DOUBLE_PRECISION),
                    Column.of("created_at", ColumnType.TIMESTAMPTZ)),
            List.of("id"),
            List.of("email", "created_at"),
            new UsersGenerator());

    /** Two numbers a row: what is left is the cost per row and per statement, laid bare. */
    public static final TableShape NARROW =
            generated("narrow", List.of(Column.of("id", ColumnType.BIGINT).key(), Column.of("n", ColumnType.INTEGER)));

    /**
     * Twenty columns covering every supported type, about 1.5 KiB a row as text: a 300-byte jsonb
     * document and a 1 KiB text among them, so bytes per second matter as much as rows.
     */
    public static final TableShape WIDE = generated(
            "wide",
            List.of(
                    Column.of("id", ColumnType.BIGINT).key(),
                    Column.of("account_id", ColumnType.INTEGER).notNullable(),
                    Column.of("quantity", ColumnType.SMALLINT),
                    Column.numeric("amount", 12, 2).notNullable(),
                    Column.of("measure", ColumnType.NUMERIC),
                    Column.of("ratio", ColumnType.REAL),
                    Column.of("score", ColumnType.DOUBLE_PRECISION),
                    Column.of("active", ColumnType.BOOLEAN).notNullable(),
                    Column.varchar("status", 16),
                    Column.of("title", ColumnType.TEXT).withWidth(40),
                    Column.of("body", ColumnType.TEXT).withWidth(1_000),
                    Column.of("birth_date", ColumnType.DATE),
                    Column.of("created_at", ColumnType.TIMESTAMPTZ).notNullable(),
                    Column.of("updated_at", ColumnType.TIMESTAMP),
                    Column.of("external_id", ColumnType.UUID).notNullable(),
                    Column.of("attributes", ColumnType.JSONB).withWidth(300),
                    Column.of("thumbnail", ColumnType.BYTEA).withWidth(48),
                    Column.varchar("category", 32),
                    Column.of("version", ColumnType.INTEGER).notNullable(),
                    Column.of("email", ColumnType.TEXT).withWidth(28)));

    private static final List<TableShape> BUILT_IN = List.of(USERS, NARROW, WIDE);

    private final String name;
    private final List<Column> columns;
    private final List<String> primaryKey;
    private final List<String> indexedBySecondaryIndexes;
    private final RowsGenerator generator;
    private final KeyOrder keyOrder;

    TableShape(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            List<String> indexedBySecondaryIndexes,
            RowsGenerator generator) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.indexedBySecondaryIndexes = List.copyOf(indexedBySecondaryIndexes);
        this.generator = generator;
        this.keyOrder = KeyOrder.natural(this);
    }

    private TableShape(TableShape shape, KeyOrder keyOrder) {
        this.name = shape.name;
        this.columns = shape.columns;
        this.primaryKey = shape.primaryKey;
        this.indexedBySecondaryIndexes = shape.indexedBySecondaryIndexes;
        this.generator = shape.generator;
        this.keyOrder = keyOrder;
    }

    /**
     * This shape with its key in {@code order}: the same rows but for the key column.
     *
     * @throws IllegalArgumentException, in one sentence, where the order does not fit the key
     */
    public TableShape withKeyOrder(KeyOrder order) {
        order.check(this);
        return order == keyOrder ? this : new TableShape(this, order);
    }

    public KeyOrder keyOrder() {
        return keyOrder;
    }

    /** {@code made}'s rows with the key column's values replaced by those of {@code order}. */
    private RowsGenerator ordered(RowsGenerator made, KeyOrder order) {
        int key = columns.indexOf(KeyOrder.key(this).orElseThrow());
        Column column = columns.get(key);
        return seed -> {
            RowsGenerator.Pass pass = made.start(seed);
            return (firstRow, rowCount) -> {
                Rows rows = pass.next(firstRow, rowCount);
                return rows.with(key, order.keys(rows.column(key), column, firstRow, seed));
            };
        };
    }

    /** A shape whose values come from the per-column generators, with the first column as its key. */
    public static TableShape generated(String name, List<Column> columns) {
        return new TableShape(
                name,
                columns,
                List.of(columns.get(0).name()),
                firstIndexable(columns, List.of(columns.get(0).name())),
                new ColumnsGenerator(columns));
    }

    /** A shape read from the catalog: the given key (empty if none) and per-column generators. */
    static TableShape ofCatalog(String name, List<Column> columns, List<String> primaryKey) {
        return new TableShape(
                name, columns, primaryKey, firstIndexable(columns, primaryKey), new ColumnsGenerator(columns));
    }

    /** The built-in shape of that name, if there is one. */
    public static Optional<TableShape> builtIn(String name) {
        return BUILT_IN.stream().filter(shape -> shape.name.equals(name)).findFirst();
    }

    public static List<String> builtInNames() {
        return BUILT_IN.stream().map(TableShape::name).toList();
    }

    /**
     * What {@code pk+2} indexes: the first two non-key columns whose values are short and ordered,
     * the columns real tables index (an id of another table, a date, a short code), not free text,
     * documents or blobs.
     */
    private static List<String> firstIndexable(List<Column> columns, List<String> key) {
        return columns.stream()
                .filter(column -> !key.contains(column.name()))
                .filter(column -> column.type() != ColumnType.JSONB
                        && column.type() != ColumnType.BYTEA
                        && column.type() != ColumnType.BOOLEAN
                        && !(column.type() == ColumnType.TEXT && column.width() > 64))
                .limit(2)
                .map(Column::name)
                .toList();
    }

    /** The name results and labels carry: {@code users}, {@code narrow}, {@code wide}, or the user's table. */
    public String name() {
        return name;
    }

    /** The columns a load sends, in the order of {@link Rows} and of every wire format. */
    public List<Column> columns() {
        return columns;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The key an upsert conflicts on; empty where the table has no key made only of sent columns. */
    public List<String> primaryKey() {
        return primaryKey;
    }

    public List<String> indexedBySecondaryIndexes() {
        return indexedBySecondaryIndexes;
    }

    /** Makes this shape's rows, the key in {@link #keyOrder()}. */
    public RowsGenerator generator() {
        return keyOrder == KeyOrder.natural(this) ? generator : ordered(generator, keyOrder);
    }

    /** The sent columns, double-quoted and comma-separated. */
    public String columnList() {
        return columns.stream().map(Column::quotedName).collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException if a unique column cannot take that many distinct values */
    public void checkRowCount(long rows) {
        for (Column column : columns) {
            long distinct = ColumnsGenerator.distinctValues(column);
            if (column.unique() && rows > distinct) {
                throw new IllegalArgumentException("column " + column.name() + " of table " + name
                        + " must hold distinct values, and a " + column.sqlType() + " has at most "
                        + String.format("%,d", distinct)
                        + " of them: load at most that many rows, those already there included");
            }
        }
    }

    @Override
    public String toString() {
        return name
                + columns.stream()
                        .map(column -> column.name() + " " + column.sqlType())
                        .collect(Collectors.joining(", ", " (", ")"));
    }

    /** For messages: the built-in names, comma-separated. */
    public static String builtInList() {
        return String.join(", ", builtInNames());
    }
}
