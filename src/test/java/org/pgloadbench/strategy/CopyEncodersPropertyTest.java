package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnType;
import org.pgloadbench.dataset.HostileRows;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.LongColumn;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;

/**
 * Property, per supported type: random values of the type - its hostile edge cases in random
 * order and number, or ordinary generated values, or for text random strings of COPY's special
 * bytes and multi-byte UTF-8 - go through the text, CSV and binary COPY encoders into PostgreSQL
 * and come back identical, field by field. Each case is a type and a seed, so a failure names what
 * reproduces it.
 */
class CopyEncodersPropertyTest {
    private static final int SEEDS = 12;
    private static final String[] ALPHABET = {
        "\t", "\n", "\r", "\\", ".", ",", ";", "\"", "'", " ", "N", "U", "L", "{", "}", "a", "b", "é", "ß", "€", "日",
        "🐘", "🙂", "𝄞", "\\.", "\\N",
    };
    /** Every type, and the modifiers that change what a value may be. */
    private static final List<Column> VALUE_COLUMNS = List.of(
            Column.of("v", ColumnType.SMALLINT),
            Column.of("v", ColumnType.INTEGER),
            Column.of("v", ColumnType.BIGINT),
            Column.of("v", ColumnType.REAL),
            Column.of("v", ColumnType.DOUBLE_PRECISION),
            Column.numeric("v", 12, 2),
            Column.of("v", ColumnType.NUMERIC),
            Column.of("v", ColumnType.BOOLEAN),
            Column.of("v", ColumnType.TEXT),
            Column.varchar("v", 16),
            Column.of("v", ColumnType.DATE),
            Column.of("v", ColumnType.TIMESTAMP),
            Column.of("v", ColumnType.TIMESTAMPTZ),
            new Column("v", ColumnType.TIMESTAMPTZ, 3, 0, false, false, 0),
            Column.of("v", ColumnType.UUID),
            Column.of("v", ColumnType.JSONB),
            Column.of("v", ColumnType.BYTEA));

    private static Connection connection;

    @BeforeAll
    static void connect() throws SQLException {
        connection = EmbeddedPostgresForTests.server().connection().open();
    }

    @AfterAll
    static void disconnect() throws SQLException {
        connection.close();
    }

    static Stream<Arguments> cases() {
        return VALUE_COLUMNS.stream()
                .flatMap(column -> IntStream.range(0, SEEDS)
                        .mapToObj(seed -> Arguments.of(column.sqlType(), VALUE_COLUMNS.indexOf(column), (long) seed)));
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("cases")
    void everyCopyFormatRoundTrips(String type, int column, long seed) throws SQLException {
        Table table = Table.named(
                "property_test",
                TableShape.generated(
                        "property_" + column,
                        List.of(Column.of("id", ColumnType.BIGINT).key(), VALUE_COLUMNS.get(column))),
                Indexes.PK);
        Rows rows = randomRows(table, seed);
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.dropSql());
        }
        table.create(connection);
        try {
            for (Strategy strategy : List.of(Strategy.COPY_TEXT, Strategy.COPY_CSV, Strategy.COPY_BINARY)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(table.truncateSql());
                }
                strategy.create(new StrategySettings(table, 1, 0, 1, CopyFormat.BINARY))
                        .load(connection, rows);
                HostileRoundTripTest.assertFieldsEqual(strategy, table, rows, row -> true, connection);
            }
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.dropSql());
            }
        }
    }

    private static Rows randomRows(Table table, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(40);
        Column value = table.columns().get(1);
        if (value.type() == ColumnType.TEXT || value.type() == ColumnType.VARCHAR) {
            BytesColumn.Builder text = new BytesColumn.Builder(n, 16);
            for (int row = 0; row < n; row++) {
                text.add(randomText(random, value.precision() < 0 ? 40 : value.precision()));
            }
            return new Rows(
                    LongColumn.of(java.util.stream.LongStream.rangeClosed(1, n).toArray()), text.build());
        }
        if (seed % 2 == 1) {
            return new RowGenerator(table.shape(), seed).generate(n);
        }
        Rows hostile = HostileRows.generate(table.shape(), 48);
        int[] order = IntStream.range(0, hostile.size()).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return hostile.select(java.util.Arrays.copyOf(order, n));
    }

    /** Random characters, at most {@code maxCharacters} of them, or NULL one time in ten. */
    private static String randomText(SplittableRandom random, int maxCharacters) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int characters = 0;
        for (int length = random.nextInt(maxCharacters + 1); length > 0; length--) {
            String piece = ALPHABET[random.nextInt(ALPHABET.length)];
            int pieceCharacters = piece.codePointCount(0, piece.length());
            if (characters + pieceCharacters > maxCharacters) {
                break;
            }
            text.append(piece);
            characters += pieceCharacters;
        }
        return text.toString();
    }
}
