package org.pgloadbench.strategy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnType;
import org.pgloadbench.dataset.MalformedRows.Malformation;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TimestampText;

/**
 * Encodes rows in COPY's two text formats. The text format: tab-separated fields, one row per
 * line, {@code \N} for NULL, and backslash escapes for the four bytes that would otherwise end a
 * field or a row (backslash, tab, newline, carriage return). CSV ({@link #csv}): comma-separated
 * fields, NULL as nothing at all, and a value that holds a comma, a quote, a line break, or is empty
 * or {@code \.} (which would read as NULL or, before PostgreSQL 18, as the end of the data) written
 * between double quotes with its quotes doubled; backslashes mean nothing there.
 *
 * <p>Every value goes as its type's input text, which the server parses back: numbers in decimal,
 * dates and timestamps in ISO form, uuids as hex, bytea as {@code \x} and hex (in the text format
 * with the backslash doubled, or COPY would read {@code \x} as an escape of its own). Escaping and
 * quoting work on UTF-8 bytes: every byte of a multi-byte character is 0x80 or above, so it can
 * never be mistaken for one of the ASCII bytes that matter. Text without them, nearly all of it, is
 * copied to the wire in one {@code arraycopy}.
 */
public final class TextCopyEncoder {
    /** A tab and the longest fixed-width value: a double (at most 24 characters) or a timestamp. */
    private static final int MAX_FIXED_BYTES = 1 + Math.max(24, TimestampText.MAX_LENGTH);

    private static final byte[] NULL_MARKER = {'\\', 'N'};
    private static final byte[] BYTEA_PREFIX = {'\\', '\\', 'x'};
    private static final byte[] CSV_BYTEA_PREFIX = {'\\', 'x'};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final WireBuffer out;
    private final ColumnType[] types;
    private final ColumnViews views;
    private final boolean csv;
    /** A tab, or a comma in CSV. */
    private final byte separator;

    /** An encoder of COPY's own text format, {@code (FORMAT text)}. */
    public TextCopyEncoder(WireBuffer out, List<Column> columns) {
        this(out, columns, false);
    }

    private TextCopyEncoder(WireBuffer out, List<Column> columns, boolean csv) {
        this.out = out;
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        this.views = new ColumnViews(types);
        this.csv = csv;
        this.separator = csv ? (byte) ',' : (byte) '\t';
    }

    /** An encoder of CSV as COPY reads it with its defaults, {@code (FORMAT csv)}. */
    static TextCopyEncoder csv(WireBuffer out, List<Column> columns) {
        return new TextCopyEncoder(out, columns, true);
    }

    /** The line of column names {@code (FORMAT csv, HEADER)} skips: CSV only. */
    void writeHeader(List<Column> columns) throws SQLException {
        for (int column = 0; column < columns.size(); column++) {
            if (column > 0) {
                out.reserve(1);
                out.put((byte) ',');
            }
            byte[] name = columns.get(column).name().getBytes(StandardCharsets.UTF_8);
            writeCsvText(name, 0, name.length);
        }
        out.reserve(1);
        out.put((byte) '\n');
    }

    /** Every row of the source, in order. */
    public void writeAll(RowSource rows) throws SQLException {
        rows.forEachChunk(1, (chunk, firstRow) -> {
            for (int row = 0; row < chunk.size(); row++) {
                writeRow(chunk, row);
            }
            return 0;
        });
    }

    public void writeRow(Rows rows, int row) throws SQLException {
        write(rows, row, null);
    }

    /** The same row with one field that fails type input, for COPY ... ON_ERROR to skip. */
    public void writeMalformedRow(Rows rows, int row, Malformation malformation) throws SQLException {
        write(rows, row, malformation);
    }

    private void write(Rows rows, int row, Malformation malformation) throws SQLException {
        views.bind(rows);
        for (int column = 0; column < types.length; column++) {
            out.reserve(MAX_FIXED_BYTES);
            if (column > 0) {
                out.put(separator);
            }
            if (malformation != null && malformation.column() == column) {
                byte[] bad = malformation.copyText();
                out.putBytes(bad, 0, bad.length);
            } else if (views.isNull(column, row)) {
                if (!csv) {
                    out.putBytes(NULL_MARKER, 0, 2);
                }
            } else {
                writeValue(column, row);
            }
        }
        out.reserve(1);
        out.put((byte) '\n');
    }

    private void writeValue(int column, int row) throws SQLException {
        switch (types[column]) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                out.advanceTo(writeLong(views.longValue(column, row), out.array(), out.position()));
                break;
            case BOOLEAN:
                out.put(views.longValue(column, row) != 0 ? (byte) 't' : (byte) 'f');
                break;
            case REAL:
                writeAscii(Float.toString((float) views.doubleValue(column, row)));
                break;
            case DOUBLE_PRECISION:
                writeAscii(Double.toString(views.doubleValue(column, row)));
                break;
            case DATE:
                out.advanceTo(TimestampText.writeDate(views.longValue(column, row), out.array(), out.position()));
                break;
            case TIMESTAMP:
                out.advanceTo(TimestampText.write(views.longValue(column, row), false, out.array(), out.position()));
                break;
            case TIMESTAMPTZ:
                out.advanceTo(TimestampText.write(views.longValue(column, row), true, out.array(), out.position()));
                break;
            case NUMERIC:
                BytesColumn numeric = views.bytes(column);
                out.putBytes(numeric.bytes(), numeric.start(row), numeric.byteLength(row));
                break;
            case UUID:
                writeUuid(views.bytes(column), row);
                break;
            case BYTEA:
                writeBytea(views.bytes(column), row);
                break;
            default: // text, varchar, jsonb
                BytesColumn text = views.bytes(column);
                if (csv) {
                    writeCsvText(text.bytes(), text.start(row), text.start(row) + text.byteLength(row));
                } else {
                    writeText(text, row);
                }
        }
    }

    /** A CSV field: as it is, or between quotes with its quotes doubled where it must be. */
    private void writeCsvText(byte[] utf8, int start, int end) throws SQLException {
        if (!needsCsvQuotes(utf8, start, end)) {
            out.putBytes(utf8, start, end - start);
            return;
        }
        out.reserve(1);
        out.put((byte) '"');
        int runStart = start;
        for (int i = start; i < end; i++) {
            if (utf8[i] == '"') {
                out.putBytes(utf8, runStart, i + 1 - runStart);
                out.reserve(1);
                out.put((byte) '"');
                runStart = i + 1;
            }
        }
        out.putBytes(utf8, runStart, end - runStart);
        out.reserve(1);
        out.put((byte) '"');
    }

    /**
     * Whether a CSV field must be quoted: it holds the delimiter, a quote or a line break, or it is
     * empty (unquoted it would be NULL) or {@code \.} (unquoted, the end of the data before 18).
     */
    static boolean needsCsvQuotes(byte[] utf8, int start, int end) {
        if (start == end || (end - start == 2 && utf8[start] == '\\' && utf8[start + 1] == '.')) {
            return true;
        }
        for (int i = start; i < end; i++) {
            byte b = utf8[i];
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private void writeText(BytesColumn column, int row) throws SQLException {
        byte[] utf8 = column.bytes();
        int runStart = column.start(row);
        int end = runStart + column.byteLength(row);
        for (int i = runStart; i < end; i++) {
            byte escape = escapeLetter(utf8[i]);
            if (escape != 0) {
                out.putBytes(utf8, runStart, i - runStart);
                out.reserve(2);
                out.put((byte) '\\');
                out.put(escape);
                runStart = i + 1;
            }
        }
        out.putBytes(utf8, runStart, end - runStart);
    }

    /** 8-4-4-4-12 hex digits. */
    private void writeUuid(BytesColumn column, int row) throws SQLException {
        out.reserve(36);
        byte[] bytes = column.bytes();
        int start = column.start(row);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                out.put((byte) '-');
            }
            out.put(HEX[(bytes[start + i] >> 4) & 0xF]);
            out.put(HEX[bytes[start + i] & 0xF]);
        }
    }

    private void writeBytea(BytesColumn column, int row) throws SQLException {
        byte[] prefix = csv ? CSV_BYTEA_PREFIX : BYTEA_PREFIX;
        out.putBytes(prefix, 0, prefix.length);
        byte[] bytes = column.bytes();
        int end = column.start(row) + column.byteLength(row);
        for (int i = column.start(row); i < end; i++) {
            out.reserve(2);
            out.put(HEX[(bytes[i] >> 4) & 0xF]);
            out.put(HEX[bytes[i] & 0xF]);
        }
    }

    /** The letter that follows the backslash for a byte COPY text must escape, or 0. */
    static byte escapeLetter(byte b) {
        switch (b) {
            case '\\':
                return '\\';
            case '\t':
                return 't';
            case '\n':
                return 'n';
            case '\r':
                return 'r';
            default:
                return 0;
        }
    }

    private void writeAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            out.put((byte) text.charAt(i));
        }
    }

    /** Writes decimal digits without allocating a String; returns the position after them. */
    static int writeLong(long value, byte[] out, int position) {
        if (value == Long.MIN_VALUE) {
            byte[] min = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(min, 0, out, position, min.length);
            return position + min.length;
        }
        if (value < 0) {
            out[position++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = position + digits - 1; i >= position; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return position + digits;
    }
}
