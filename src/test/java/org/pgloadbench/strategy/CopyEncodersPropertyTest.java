package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pgloadbench.TestTable;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TextColumn;
import org.pgloadbench.dataset.UsersTable;

/**
 * Property: random rows drawn from the hostile alphabets (COPY's special bytes, quotes, blanks,
 * multi-byte and 4-byte UTF-8, NULL, edge doubles, any timestamp from year 1 to 9999) go through
 * the text and the binary COPY encoders into PostgreSQL and come back identical. Each case is a
 * seed, so a failure names the seed that reproduces it.
 */
class CopyEncodersPropertyTest {
    private static final int CASES = 60;
    private static final String[] ALPHABET = {
        "\t", "\n", "\r", "\\", ".", ",", ";", "\"", "'", " ", "N", "U", "L", "{", "}", "a", "b", "é", "ß", "€", "日",
        "🐘", "🙂", "𝄞", "\\.", "\\N",
    };
    private static final double[] EDGE_DOUBLES = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.MIN_NORMAL,
    };
    private static final long YEAR_1 = -62_135_596_800_000_000L;
    private static final long END_OF_YEAR_9999 = 253_402_300_799_999_999L;
    @RegisterExtension
    static final TestTable TEST_TABLE = new TestTable("property_test_users");

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textCopyRoundTrips(long seed) throws SQLException {
        roundTrip(Strategy.COPY_TEXT, randomRows(seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void binaryCopyRoundTrips(long seed) throws SQLException {
        roundTrip(Strategy.COPY_BINARY, randomRows(seed));
    }

    private static Rows randomRows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(30);
        long[] ids = new long[n];
        TextColumn.Builder names = new TextColumn.Builder(n, 16);
        TextColumn.Builder emails = new TextColumn.Builder(n, 16);
        double[] scores = new double[n];
        long[] createdAt = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            names.add(randomText(random));
            emails.add(randomText(random));
            scores[i] = random.nextBoolean() ? EDGE_DOUBLES[random.nextInt(EDGE_DOUBLES.length)]
                    : Double.longBitsToDouble(random.nextLong());
            createdAt[i] = random.nextLong(YEAR_1, END_OF_YEAR_9999 + 1);
        }
        return new Rows(ids, names.build(), emails.build(), scores, createdAt);
    }

    private static String randomText(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(40); length > 0; length--) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private static void roundTrip(Strategy strategy, Rows rows) throws SQLException {
        execute(table().truncateSql());
        assertEquals(rows.size(), strategy.create(new StrategySettings(table(), 1, 0, 1)).load(connection(), rows));
        try (Statement statement = connection().createStatement();
             ResultSet result = statement.executeQuery("SELECT name, email, score, "
                     + "(extract(epoch FROM created_at) * 1000000)::bigint FROM " + table().quotedName() + " ORDER BY id")) {
            for (int row = 0; row < rows.size(); row++) {
                result.next();
                assertEquals(rows.names().get(row), result.getString(1), "name of row " + row);
                assertEquals(rows.emails().get(row), result.getString(2), "email of row " + row);
                double expected = rows.score(row);
                // doubleToLongBits folds every NaN into one: a NaN's payload bits are not part of its value.
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(result.getDouble(3)), "score of row " + row);
                assertEquals(rows.createdAtMicros(row), result.getLong(4), "created_at of row " + row);
            }
        }
    }

    private static UsersTable table() {
        return TEST_TABLE.table();
    }

    private static Connection connection() {
        return TEST_TABLE.connection();
    }

    private static void execute(String sql) throws SQLException {
        TEST_TABLE.execute(sql);
    }
}
