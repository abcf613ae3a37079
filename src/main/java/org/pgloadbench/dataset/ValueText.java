package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;

/**
 * A value's text in the two forms more than one place needs: its input text, what PostgreSQL's
 * input function of the type accepts (for SQL literals, text arrays and parameters bound as text);
 * and its checksum form, the one text {@link RowChecksum} hashes in Java and in SQL alike.
 */
public final class ValueText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ValueText() {}

    /** The input text of the value, or null for NULL. */
    public static String input(Column column, ColumnValues values, int row) {
        if (values.isNull(row)) {
            return null;
        }
        switch (column.type()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return Long.toString(((LongColumn) values).get(row));
            case BOOLEAN:
                return ((LongColumn) values).get(row) != 0 ? "true" : "false";
            case REAL:
                return Float.toString((float) ((DoubleColumn) values).get(row));
            case DOUBLE_PRECISION:
                return Double.toString(((DoubleColumn) values).get(row));
            case DATE:
                return TimestampText.formatDate(((LongColumn) values).get(row));
            case TIMESTAMP:
                return TimestampText.format(((LongColumn) values).get(row), false);
            case TIMESTAMPTZ:
                return TimestampText.format(((LongColumn) values).get(row), true);
            case UUID:
                return uuid((BytesColumn) values, row);
            case BYTEA:
                return "\\x" + hex((BytesColumn) values, row);
            default: // numeric, text, varchar, jsonb: their bytes are their text
                return ((BytesColumn) values).get(row);
        }
    }

    /** Appends the checksum form of the value; {@code N} for NULL. */
    public static void appendChecksumForm(StringBuilder text, Column column, ColumnValues values, int row) {
        if (values.isNull(row)) {
            text.append('N');
            return;
        }
        switch (column.type()) {
            case REAL:
                appendHex(text, Float.floatToIntBits((float) ((DoubleColumn) values).get(row)), 8);
                return;
            case DOUBLE_PRECISION:
                appendHex(text, Double.doubleToLongBits(((DoubleColumn) values).get(row)), 16);
                return;
            case DATE:
                appendHex(text, postgresDays(((LongColumn) values).get(row)), 8);
                return;
            case TIMESTAMP:
            case TIMESTAMPTZ:
                appendHex(text, postgresMicros(((LongColumn) values).get(row)), 16);
                return;
            case BYTEA:
                text.append(hex((BytesColumn) values, row));
                return;
            case TEXT:
            case VARCHAR:
                BytesColumn textValues = (BytesColumn) values;
                text.append(textValues.byteLength(row)).append(':').append(textValues.get(row));
                return;
            case JSONB:
                String json = JsonCanonical.of(((BytesColumn) values).get(row));
                text.append(json.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(json);
                return;
            default: // integers, boolean, numeric, uuid: their input text is what ::text prints
                text.append(input(column, values, row));
        }
    }

    /** The SQL expression whose value is the checksum form of the column's value. */
    public static String checksumSql(Column column) {
        String name = column.quotedName();
        String form;
        switch (column.type()) {
            case REAL:
                form = "encode(float4send(" + name + "), 'hex')";
                break;
            case DOUBLE_PRECISION:
                form = "encode(float8send(" + name + "), 'hex')";
                break;
            case DATE:
                form = "encode(date_send(" + name + "), 'hex')";
                break;
            case TIMESTAMP:
                form = "encode(timestamp_send(" + name + "), 'hex')";
                break;
            case TIMESTAMPTZ:
                form = "encode(timestamptz_send(" + name + "), 'hex')";
                break;
            case BYTEA:
                form = "encode(" + name + ", 'hex')";
                break;
            case TEXT:
            case VARCHAR:
                form = "octet_length(" + name + ") || ':' || " + name;
                break;
            case JSONB:
                form = "octet_length(" + name + "::text) || ':' || " + name + "::text";
                break;
            default:
                form = name + "::text";
        }
        return "coalesce(" + form + ", 'N')";
    }

    /** Days since 2000-01-01, the infinities as date_send sends them. */
    public static int postgresDays(long epochDay) {
        if (epochDay == ColumnType.INFINITY) {
            return Integer.MAX_VALUE;
        }
        if (epochDay == ColumnType.MINUS_INFINITY) {
            return Integer.MIN_VALUE;
        }
        return Math.toIntExact(epochDay - RowChecksum.POSTGRES_EPOCH_DAY);
    }

    /** Microseconds since 2000-01-01, the infinities as timestamp_send sends them. */
    public static long postgresMicros(long epochMicros) {
        if (epochMicros == ColumnType.INFINITY || epochMicros == ColumnType.MINUS_INFINITY) {
            return epochMicros;
        }
        return epochMicros - RowChecksum.POSTGRES_EPOCH_MICROS;
    }

    private static String uuid(BytesColumn values, int row) {
        String hex = hex(values, row);
        return hex.substring(0, 8)
                + '-'
                + hex.substring(8, 12)
                + '-'
                + hex.substring(12, 16)
                + '-'
                + hex.substring(16, 20)
                + '-'
                + hex.substring(20);
    }

    private static String hex(BytesColumn values, int row) {
        byte[] bytes = values.bytes();
        int start = values.start(row);
        char[] hex = new char[2 * values.byteLength(row)];
        for (int i = 0; i < values.byteLength(row); i++) {
            hex[2 * i] = HEX[(bytes[start + i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[bytes[start + i] & 0xF];
        }
        return new String(hex);
    }

    private static void appendHex(StringBuilder text, long value, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            text.append(HEX[(int) (value >>> shift) & 0xF]);
        }
    }
}
