package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates rows for any table the column model describes, each column from its own random
 * sequence (split from the seed in column order), so a column's values depend only on the seed
 * and its position. Values look like a real table's: amounts with two decimals, short codes,
 * sentences of words with accents, dates over thirty years, version-4 uuids, small JSON
 * documents; a nullable column is NULL one row in twenty. A unique column gets values derived
 * from the row number, so they are distinct by construction.
 */
final class ColumnsGenerator implements RowsGenerator {
    private static final int NULL_ONE_IN = 20;
    /** varchar columns shorter than this get codes ({@code k123}) rather than words. */
    private static final int CODE_LENGTH = 8;

    private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int DAY_SPAN = (int) (LocalDate.of(2031, 1, 1).toEpochDay() - FIRST_DAY);
    private static final long FIRST_INSTANT = RowGenerator.micros("2015-01-01T00:00:00Z");
    private static final long INSTANT_SPAN = RowGenerator.micros("2025-01-01T00:00:00Z") - FIRST_INSTANT;
    /** Words for text: mostly ASCII, some with two-byte UTF-8 and an apostrophe, as real prose has. */
    private static final byte[][] WORDS = utf8(
            "the",
            "order",
            "shipped",
            "café",
            "naïve",
            "delivery",
            "customer's",
            "invoice",
            "quarterly",
            "report",
            "Zürich",
            "résumé",
            "pending",
            "warehouse",
            "return",
            "label",
            "priority",
            "Øresund",
            "payment",
            "received",
            "note",
            "about",
            "a",
            "late",
            "parcel",
            "and",
            "its",
            "tracking",
            "number");

    private static final byte[][] STATUSES = utf8("new", "active", "pending", "shipped", "cancelled", "returned");
    private static final byte[][] SOURCES = utf8("web", "ios", "android", "partner-api", "import");
    private static final byte[][] PLANS = utf8("free", "team", "business", "enterprise");
    private static final byte[] JSON_ID = ascii("{\"id\": ");
    private static final byte[] JSON_NOTE = ascii(", \"note\": \"");
    /** Every status, source and plan a document's tags and user can have, written out once: one draw and one copy per document. */
    private static final byte[][] JSON_TAGS_AND_PLAN = tagsAndPlans();

    private static final byte[] JSON_ACTIVE = ascii("}, \"active\": ");
    private static final byte[] JSON_AMOUNT = ascii(", \"amount\": ");
    private static final byte[] JSON_SOURCE = ascii(", \"source\": \"");
    private static final byte[] JSON_END = ascii("\"}");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    /** Bytes of a JSON document beside its note: keys, punctuation and short values. */
    private static final int JSON_FRAME = 150;

    private final List<Column> columns;
    private final WordCorpus words;

    ColumnsGenerator(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.words = new WordCorpus(
                WORDS,
                columns.stream().mapToInt(ColumnsGenerator::longestWords).max().orElse(0));
    }

    @Override
    public Pass start(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] randoms = new SplittableRandom[columns.size()];
        for (int i = 0; i < randoms.length; i++) {
            randoms[i] = root.split();
        }
        return (firstRow, rowCount) -> {
            ColumnValues[] values = new ColumnValues[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = generate(columns.get(i), randoms[i], firstRow, rowCount);
            }
            return new Rows(values);
        };
    }

    /** How many distinct values a unique column of this type can be given. */
    static long distinctValues(Column column) {
        switch (column.type()) {
            case SMALLINT:
                return Short.MAX_VALUE;
            case INTEGER:
                return Integer.MAX_VALUE;
            case BOOLEAN:
                return 2;
            case REAL:
                return 1 << 24;
            case NUMERIC:
                return column.precision() < 0 ? Long.MAX_VALUE : powerOfTen(Math.min(column.precision(), 18)) - 1;
            case VARCHAR:
                return column.precision() < 0
                        ? Long.MAX_VALUE
                        : column.precision() < CODE_LENGTH
                                ? codeCapacity(column.precision())
                                : powerOfTen(Math.min(column.precision(), 18)) - 1;
            default:
                return Long.MAX_VALUE;
        }
    }

    /** Row by row, the NULL draw and then the value, so the values do not depend on where chunks begin. */
    private ColumnValues generate(Column column, SplittableRandom random, long firstRow, int rowCount) {
        boolean nullable = !column.notNull() && !column.unique();
        boolean[] nulls = new boolean[rowCount];
        switch (column.type().storage()) {
            case LONG:
                long[] longs = new long[rowCount];
                for (int row = 0; row < rowCount; row++) {
                    nulls[row] = nullable && random.nextInt(NULL_ONE_IN) == 0;
                    longs[row] = nulls[row] ? 0 : longValue(column, random, firstRow + row);
                }
                return new LongColumn(longs, ColumnValues.nullsOrNone(nulls));
            case DOUBLE:
                double[] doubles = new double[rowCount];
                for (int row = 0; row < rowCount; row++) {
                    nulls[row] = nullable && random.nextInt(NULL_ONE_IN) == 0;
                    doubles[row] = nulls[row] ? 0 : doubleValue(column, random, firstRow + row);
                }
                return new DoubleColumn(doubles, ColumnValues.nullsOrNone(nulls));
            default:
                BytesColumn.Builder bytes = new BytesColumn.Builder(rowCount, averageWidth(column) + 8);
                for (int row = 0; row < rowCount; row++) {
                    if (nullable && random.nextInt(NULL_ONE_IN) == 0) {
                        bytes.addNull();
                    } else {
                        addBytesValue(bytes, column, random, firstRow + row);
                    }
                }
                return bytes.build();
        }
    }

    private static long longValue(Column column, SplittableRandom random, long row) {
        boolean unique = column.unique();
        switch (column.type()) {
            case SMALLINT:
                return unique ? row + 1 : random.nextInt(1_000);
            case INTEGER:
                return unique ? row + 1 : random.nextInt(1_000_000);
            case BIGINT:
                return unique ? row + 1 : random.nextLong(1_000_000_000_000L);
            case BOOLEAN:
                return unique ? row : random.nextInt(2);
            case DATE:
                return FIRST_DAY + (unique ? row : random.nextInt(DAY_SPAN));
            default: // the timestamps
                long micros = FIRST_INSTANT + (unique ? row * 1_000_000L : random.nextLong(INSTANT_SPAN));
                long unit = powerOfTen(6 - column.fractionalDigits());
                return micros - micros % unit;
        }
    }

    private static double doubleValue(Column column, SplittableRandom random, long row) {
        if (column.type() == ColumnType.REAL) {
            return column.unique() ? (float) (row + 1) : random.nextInt(100_000) / 100f;
        }
        return column.unique() ? row + 1 : random.nextInt(100_000_000) / 100.0;
    }

    private static int averageWidth(Column column) {
        if (column.width() > 0) {
            return column.width();
        }
        switch (column.type()) {
            case JSONB:
                return 200;
            case UUID:
                return 16;
            case NUMERIC:
                return 10;
            case BYTEA:
                return 32;
            case VARCHAR:
                return column.precision() < 0 ? 24 : Math.min(24, column.precision());
            default:
                return 24;
        }
    }

    private void addBytesValue(BytesColumn.Builder out, Column column, SplittableRandom random, long row) {
        switch (column.type()) {
            case NUMERIC:
                addNumeric(out, column, random, row);
                return;
            case UUID:
                addUuid(out, random);
                return;
            case BYTEA:
                addBytea(out, column, random, row);
                return;
            case JSONB:
                addJson(out, column, random, row);
                return;
            case VARCHAR:
                if (column.precision() >= 0 && column.precision() < CODE_LENGTH) {
                    addCode(out, column, random, row);
                    return;
                }
                addText(out, column, random, row);
                return;
            default:
                addText(out, column, random, row);
        }
    }

    /**
     * A decimal with the column's scale (two decimals and up to ten integer digits where the column
     * does not say), one in ten negative, written as numeric_out prints it.
     */
    private static void addNumeric(BytesColumn.Builder out, Column column, SplittableRandom random, long row) {
        int scale = column.precision() < 0 ? 2 : column.scale();
        int precision = column.precision() < 0 ? 12 : column.precision();
        long unscaled;
        if (column.unique()) {
            unscaled = row + 1;
        } else {
            unscaled = random.nextLong(powerOfTen(Math.min(precision, 15)));
            if (random.nextInt(10) == 0) {
                unscaled = -unscaled;
            }
        }
        int start = out.ensureRoom(NumericText.maxLength(scale));
        out.endValue(NumericText.write(unscaled, scale, out.arena(), start));
    }

    /** A version-4 (random) uuid. */
    private static void addUuid(BytesColumn.Builder out, SplittableRandom random) {
        int start = out.ensureRoom(16);
        byte[] arena = out.arena();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        for (int i = 0; i < 8; i++) {
            arena[start + i] = (byte) (high >>> (56 - 8 * i));
            arena[start + 8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        out.endValue(start + 16);
    }

    /** Random bytes, any of the 256 values; a unique column's start with the row number. */
    private static void addBytea(BytesColumn.Builder out, Column column, SplittableRandom random, long row) {
        int width = averageWidth(column);
        int length = width / 2 + random.nextInt(width + 1);
        if (column.unique()) {
            length = Math.max(length, 8);
        }
        int start = out.ensureRoom(length);
        byte[] arena = out.arena();
        long bits = 0;
        for (int i = 0; i < length; i++) {
            bits = i % 8 == 0 ? random.nextLong() : bits >>> 8;
            arena[start + i] = (byte) bits;
        }
        if (column.unique()) {
            for (int i = 0; i < 8; i++) {
                arena[start + i] = (byte) (row >>> (56 - 8 * i));
            }
        }
        out.endValue(start + length);
    }

    /** Words up to about the column's width, cut to a varchar's length; a unique column's start with the row number. */
    private void addText(BytesColumn.Builder out, Column column, SplittableRandom random, long row) {
        int width = averageWidth(column);
        int target = width / 2 + random.nextInt(width + 1);
        int maxCharacters =
                column.type() == ColumnType.VARCHAR && column.precision() >= 0 ? column.precision() : Integer.MAX_VALUE;
        int start = out.ensureRoom(target + 21);
        byte[] arena = out.arena();
        if (!column.unique()) {
            out.endValue(words.write(random, target, maxCharacters, arena, start));
            return;
        }
        int number = NumericText.write(row + 1, 0, arena, start);
        int used = number - start + 1;
        int end = target > used
                ? words.write(random, target - used, maxCharacters - used, arena, number + 1)
                : number + 1;
        if (end > number + 1) {
            arena[number] = ' ';
            number = end;
        }
        out.endValue(number);
    }

    /** A short code for a narrow varchar: {@code k} and a number, or a single digit in a varchar(1). */
    private static void addCode(BytesColumn.Builder out, Column column, SplittableRandom random, long row) {
        long capacity = codeCapacity(column.precision());
        long number = column.unique() ? row : random.nextLong(capacity);
        out.addUtf8(column.precision() == 1 ? new byte[0] : new byte[] {'k'}, number, new byte[0]);
    }

    /** How many codes fit {@code length} characters: ten digits alone, else {@code k} and length - 1 digits. */
    private static long codeCapacity(int length) {
        return length <= 1 ? 10 : powerOfTen(length - 1);
    }

    /**
     * A small JSON document as jsonb prints it: keys sorted by length, then bytes; one space after
     * each colon and comma. Its {@code note} of words pads it to about the column's width.
     */
    private void addJson(BytesColumn.Builder out, Column column, SplittableRandom random, long row) {
        int width = averageWidth(column);
        int noteBytes = Math.max(0, width / 2 + random.nextInt(width + 1) - JSON_FRAME);
        int position = out.ensureRoom(noteBytes + 2 * JSON_FRAME);
        byte[] arena = out.arena();
        position = put(JSON_ID, arena, position);
        position = NumericText.write(column.unique() ? row + 1 : random.nextInt(1_000_000), 0, arena, position);
        position = put(JSON_NOTE, arena, position);
        position = words.write(random, noteBytes, Integer.MAX_VALUE, arena, position);
        position = put(JSON_TAGS_AND_PLAN[random.nextInt(JSON_TAGS_AND_PLAN.length)], arena, position);
        position = NumericText.write(1 + random.nextInt(500), 0, arena, position);
        position = put(JSON_ACTIVE, arena, position);
        position = put(random.nextBoolean() ? TRUE : FALSE, arena, position);
        position = put(JSON_AMOUNT, arena, position);
        position = NumericText.write(random.nextInt(10_000_000), 2, arena, position);
        position = put(JSON_SOURCE, arena, position);
        position = put(SOURCES[random.nextInt(SOURCES.length)], arena, position);
        out.endValue(put(JSON_END, arena, position));
    }

    private static int put(byte[] piece, byte[] arena, int position) {
        System.arraycopy(piece, 0, arena, position, piece.length);
        return position + piece.length;
    }

    /** The longest run of words a column's values take from the corpus. */
    private static int longestWords(Column column) {
        switch (column.type()) {
            case TEXT:
            case VARCHAR:
            case JSONB:
                return averageWidth(column) * 3 / 2 + 1;
            default:
                return 0;
        }
    }

    static long powerOfTen(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    private static byte[][] tagsAndPlans() {
        byte[][] pieces = new byte[STATUSES.length * SOURCES.length * PLANS.length][];
        int i = 0;
        for (byte[] status : STATUSES) {
            for (byte[] source : SOURCES) {
                for (byte[] plan : PLANS) {
                    pieces[i++] = ascii("\", \"tags\": [\"" + ascii(status) + "\", \"" + ascii(source)
                            + "\"], \"user\": {\"plan\": \"" + ascii(plan) + "\", \"seats\": ");
                }
            }
        }
        return pieces;
    }

    private static String ascii(byte[] text) {
        return new String(text, StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] utf8(String... words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
