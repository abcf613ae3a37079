package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Rows built to break loaders, for any table shape: every byte COPY text must escape, CSV
 * punctuation, the end-of-data and NULL markers as literal text, empty strings beside NULLs, a
 * 64 KiB value and 4-byte UTF-8 in text; integers at their limits; floats and doubles at their
 * edges; numeric NaN, infinities, zero and the largest value the column allows; dates and
 * timestamps at the ends of PostgreSQL's ranges (as far as a long of microseconds reaches), around
 * both epochs, BC and infinite; nil and all-ones uuids; JSON with escapes, deep nesting, duplicate
 * keys and huge numbers; bytea with all 256 byte values and none. A strategy that mangles any of them fails verification.
 *
 * <p>Cases repeat to fill any row count; the 64 KiB value appears in the first row only, so large
 * hostile loads stay small in memory. Unique columns stay unique: integers keep the row number
 * (the first key also takes its type's two limits), text is prefixed by it, other types take the
 * ordinary generator's distinct values.
 */
public final class HostileRows {
    static final String LONG_TEXT = "0123456789abcdef".repeat(64 * 1024 / 16);

    /** Text values, in pairs: the first text column takes the first of each pair, the second the second. */
    private static final List<String[]> TEXTS = List.of(
            new String[] {"tab\there", "new\nline"},
            new String[] {"carriage\rreturn", "crlf\r\nend"},
            new String[] {"back\\slash", "\\"},
            new String[] {"\\.", "line\n\\.\nafter"},
            new String[] {"\\N", "N"},
            new String[] {"NULL", "null"},
            new String[] {"comma, \"quoted\"", "\"\""},
            new String[] {"O'Brien", "''"},
            new String[] {"  padded  ", " "},
            new String[] {"", null},
            new String[] {null, ""},
            new String[] {"{braces,in}", "[1,2]"},
            new String[] {"Zoë 🐘 𝄞 日本", "emoji🙂@example.com"},
            new String[] {"\u0001\u001f\u007f controls", "\u00a0nbsp"});

    private static final double[] DOUBLES = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        -0.0,
        0.0,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Double.MIN_NORMAL,
        0.1,
        1e-300,
        123456789.123456789,
    };
    private static final float[] FLOATS = {
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        -0.0f,
        0.0f,
        Float.MIN_VALUE,
        Float.MAX_VALUE,
        -Float.MAX_VALUE,
        Float.MIN_NORMAL,
        0.1f,
        1e-30f,
        123456.79f,
    };

    private static final long DAY_MICROS = 86_400_000_000L;
    /** 4714-11-24 BC (Julian day 0), the first day date and timestamp accept. */
    private static final long FIRST_DAY = LocalDate.of(-4713, 11, 24).toEpochDay();

    private static final long[] DAYS = {
        FIRST_DAY,
        LocalDate.of(5874897, 12, 31).toEpochDay(),
        ColumnType.INFINITY,
        ColumnType.MINUS_INFINITY,
        LocalDate.of(1999, 12, 31).toEpochDay(),
        LocalDate.of(2000, 1, 1).toEpochDay(),
        0,
        -1,
        LocalDate.of(2024, 2, 29).toEpochDay(),
        LocalDate.of(1, 1, 1).toEpochDay(),
        LocalDate.of(0, 12, 31).toEpochDay(),
    };
    private static final long[] INSTANTS = {
        RowGenerator.micros("0001-01-01T00:00:00Z"),
        RowGenerator.micros("9999-12-31T23:59:59.999999Z"),
        RowGenerator.micros("1999-12-31T23:59:59.999999Z"),
        RowGenerator.micros("2000-01-01T00:00:00Z"),
        RowGenerator.micros("1970-01-01T00:00:00Z"),
        RowGenerator.micros("1969-12-31T23:59:59.999999Z"),
        RowGenerator.micros("2024-02-29T12:34:56.000001Z"),
        RowGenerator.micros("1900-03-01T00:00:00.5Z"),
        // PostgreSQL's first timestamp, and the last a long of Unix microseconds holds (294247 AD; PostgreSQL's ends in
        // 294276)
        FIRST_DAY * DAY_MICROS,
        Long.MAX_VALUE - 1,
        ColumnType.INFINITY,
        ColumnType.MINUS_INFINITY,
    };
    private static final String[] JSON = {
        "{\"escaped\": \"caf\\u00e9 \\ud83d\\ude00\", \"raw\": \"Zoë 日本 🐘\"}",
        "[".repeat(64) + "{\"deep\": true}" + "]".repeat(64),
        "{}",
        "[]",
        "{\"huge\": 1e400, \"tiny\": -1.5E-300, \"zero\": -0, \"scaled\": 1.50}",
        "{\"b\": 1, \"aa\": 2, \"a\": 3, \"a\": 4}",
        "\"just a string\"",
        "null",
        "123",
        "true",
        "{\"quote\\\"s\": \"back\\\\slash\\ttab\\nnewline\", \"ctl\": \"\\u0001\\u001f\", \"slash\": \"a\\/b\"}",
        "{ \"spaced\" :\t[ 1 ,2 ] ,\n\"nested\": {\"k\": {\"k\": {}}} }",
    };

    private HostileRows() {}

    public static Rows generate(TableShape shape, int rowCount) {
        if (rowCount < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rowCount);
        }
        Rows ordinary = new ColumnsGenerator(shape.columns())
                .start(RowGenerator.DEFAULT_SEED)
                .next(0, rowCount);
        ColumnValues[] columns = new ColumnValues[shape.columns().size()];
        int textColumns = 0;
        int longTextColumn = shape.columns().stream().map(Column::type).toList().indexOf(ColumnType.TEXT);
        for (int index = 0; index < columns.length; index++) {
            Column column = shape.column(index);
            boolean text = column.type() == ColumnType.TEXT || column.type() == ColumnType.VARCHAR;
            if (column.unique() && !integer(column.type()) && !text) {
                columns[index] = ordinary.column(index);
                continue;
            }
            boolean firstKey = index == 0 && column.unique();
            columns[index] = hostile(column, rowCount, firstKey, text ? textColumns++ : -1, index == longTextColumn);
        }
        return new Rows(columns);
    }

    private static ColumnValues hostile(
            Column column, int rowCount, boolean firstKey, int textColumn, boolean longText) {
        boolean[] nulls = new boolean[rowCount];
        switch (column.type().storage()) {
            case LONG:
                long[] longs = new long[rowCount];
                for (int row = 0; row < rowCount; row++) {
                    nulls[row] = nullHere(column, row);
                    longs[row] = longValue(column, row, firstKey);
                }
                return new LongColumn(longs, ColumnValues.nullsOrNone(nulls));
            case DOUBLE:
                double[] doubles = new double[rowCount];
                for (int row = 0; row < rowCount; row++) {
                    nulls[row] = nullHere(column, row);
                    doubles[row] = column.type() == ColumnType.REAL
                            ? FLOATS[row % FLOATS.length]
                            : DOUBLES[row % DOUBLES.length];
                }
                return new DoubleColumn(doubles, ColumnValues.nullsOrNone(nulls));
            default:
                BytesColumn.Builder bytes = new BytesColumn.Builder(rowCount, 32);
                for (int row = 0; row < rowCount; row++) {
                    if (textColumn >= 0) {
                        bytes.add(text(column, row, textColumn, longText));
                    } else if (nullHere(column, row)) {
                        bytes.addNull();
                    } else {
                        byte[] value = bytesValue(column, row);
                        bytes.addBytes(value, 0, value.length);
                    }
                }
                return bytes.build();
        }
    }

    /** Nullable columns other than text (whose cases hold their own NULLs) are NULL every eleventh row. */
    private static boolean nullHere(Column column, int row) {
        return !column.notNull() && !column.unique() && row % 11 == 5;
    }

    private static long longValue(Column column, int row, boolean firstKey) {
        switch (column.type()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                long min = column.type() == ColumnType.SMALLINT
                        ? Short.MIN_VALUE
                        : column.type() == ColumnType.INTEGER ? Integer.MIN_VALUE : Long.MIN_VALUE;
                long max = column.type() == ColumnType.SMALLINT
                        ? Short.MAX_VALUE
                        : column.type() == ColumnType.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
                if (column.unique()) {
                    return firstKey && row == 1
                            ? min
                            : firstKey && row == 2 && column.type() == ColumnType.BIGINT ? max : row + 1;
                }
                long[] edges = {min, max, 0, -1, 1};
                return edges[row % edges.length];
            case BOOLEAN:
                return row % 2;
            case DATE:
                return DAYS[row % DAYS.length];
            default:
                long instant = INSTANTS[row % INSTANTS.length];
                if (instant == ColumnType.INFINITY || instant == ColumnType.MINUS_INFINITY) {
                    return instant;
                }
                long unit = ColumnsGenerator.powerOfTen(6 - column.fractionalDigits());
                return instant - Math.floorMod(instant, unit);
        }
    }

    private static byte[] bytesValue(Column column, int row) {
        switch (column.type()) {
            case NUMERIC:
                List<String> numerics = numerics(column);
                return ascii(numerics.get(row % numerics.size()));
            case UUID:
                byte[] uuid = new byte[16];
                if (row % 3 == 1) {
                    java.util.Arrays.fill(uuid, (byte) 0xFF);
                } else if (row % 3 == 2) {
                    for (int i = 0; i < 16; i++) {
                        uuid[i] = (byte) (i * 17);
                    }
                }
                return uuid;
            case JSONB:
                return JSON[row % JSON.length].getBytes(StandardCharsets.UTF_8);
            default: // bytea
                switch (row % 4) {
                    case 0:
                        byte[] all = new byte[256];
                        for (int i = 0; i < all.length; i++) {
                            all[i] = (byte) i;
                        }
                        return all;
                    case 1:
                        return new byte[0];
                    case 2:
                        return new byte[] {0};
                    default:
                        return ascii("\\x00\\\\N\t\n\r.");
                }
        }
    }

    /** NaN, zero, the largest and smallest values the column's precision and scale allow; infinities where no typmod forbids them. */
    private static List<String> numerics(Column column) {
        if (column.precision() < 0) {
            return List.of(
                    "NaN",
                    "Infinity",
                    "-Infinity",
                    "0",
                    "0.000",
                    "-1.5",
                    "123456789012345678901234567890.123456789012345678901234567890",
                    "0.000000000000000000000000000001",
                    "-99999999999999999999999999999999999999");
        }
        int scale = column.scale();
        int integerDigits = column.precision() - scale;
        String largest =
                (integerDigits == 0 ? "0" : "9".repeat(integerDigits)) + (scale == 0 ? "" : "." + "9".repeat(scale));
        String smallest = scale == 0 ? "1" : "0." + "0".repeat(scale - 1) + "1";
        return List.of("NaN", NumericText.of(0, scale), largest, "-" + largest, smallest, "-" + smallest);
    }

    /** The text cases in turn; the 64 KiB value in the first row of the first unbounded text column. */
    private static String text(Column column, int row, int textColumn, boolean longText) {
        String value = longText && row == 0 ? LONG_TEXT : TEXTS.get(row % TEXTS.size())[textColumn % 2];
        if (column.unique()) {
            value = (row + 1) + ":" + (value == null ? "" : value);
        } else if (value == null && column.notNull()) {
            value = "";
        }
        if (value != null
                && column.type() == ColumnType.VARCHAR
                && column.precision() >= 0
                && value.codePointCount(0, value.length()) > column.precision()) {
            value = value.substring(0, value.offsetByCodePoints(0, column.precision()));
        }
        return value;
    }

    private static boolean integer(ColumnType type) {
        return type == ColumnType.SMALLINT || type == ColumnType.INTEGER || type == ColumnType.BIGINT;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
