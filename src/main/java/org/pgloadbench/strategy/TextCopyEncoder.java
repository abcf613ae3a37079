package org.pgloadbench.strategy;

import java.sql.SQLException;
import org.pgloadbench.dataset.MalformedRows.Malformation;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TextColumn;

/**
 * Encodes rows in COPY's text format: tab-separated fields, one row per line, {@code \N} for NULL,
 * and backslash escapes for the four bytes that would otherwise end a field or a row
 * (backslash, tab, newline, carriage return).
 *
 * <p>Escaping works on UTF-8 bytes: every byte of a multi-byte character is 0x80 or above, so it
 * can never be mistaken for one of the four ASCII bytes. Text without those bytes, nearly all of it,
 * is copied to the wire in one {@code arraycopy}. This is not CSV: quotes and commas mean nothing here.
 */
public final class TextCopyEncoder {
    /** id (20 digits and a sign), a double (at most 24 characters), a timestamp, tabs and newline. */
    private static final int MAX_FIXED_BYTES = 21 + 1 + 24 + 1 + TimestampText.MAX_LENGTH + 1;
    private static final byte[] NULL_MARKER = {'\\', 'N'};
    private static final byte[] UNPARSEABLE_BIGINT = ascii("abc");
    private static final byte[] BIGINT_OVERFLOW = ascii("99999999999999999999");
    private static final byte[] UNPARSEABLE_DOUBLE = ascii("twelve");
    private static final byte[] INVALID_TIMESTAMP = ascii("2024-13-45 25:61:00+00");

    private final WireBuffer out;

    public TextCopyEncoder(WireBuffer out) {
        this.out = out;
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
        out.reserve(MAX_FIXED_BYTES);
        if (malformation == Malformation.UNPARSEABLE_BIGINT || malformation == Malformation.BIGINT_OVERFLOW) {
            byte[] id = malformation == Malformation.UNPARSEABLE_BIGINT ? UNPARSEABLE_BIGINT : BIGINT_OVERFLOW;
            out.putBytes(id, 0, id.length);
        } else {
            out.advanceTo(writeLong(rows.id(row), out.array(), out.position()));
        }
        out.reserve(1);
        out.put((byte) '\t');
        writeText(rows.names(), row);
        out.reserve(1);
        out.put((byte) '\t');
        writeText(rows.emails(), row);
        out.reserve(MAX_FIXED_BYTES);
        out.put((byte) '\t');
        if (malformation == Malformation.UNPARSEABLE_DOUBLE) {
            out.putBytes(UNPARSEABLE_DOUBLE, 0, UNPARSEABLE_DOUBLE.length);
        } else {
            writeAscii(Double.toString(rows.score(row)));
        }
        out.put((byte) '\t');
        if (malformation == Malformation.INVALID_TIMESTAMP) {
            out.putBytes(INVALID_TIMESTAMP, 0, INVALID_TIMESTAMP.length);
        } else {
            out.advanceTo(TimestampText.write(rows.createdAtMicros(row), out.array(), out.position()));
        }
        out.put((byte) '\n');
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void writeText(TextColumn column, int row) throws SQLException {
        if (column.isNull(row)) {
            out.putBytes(NULL_MARKER, 0, 2);
            return;
        }
        byte[] utf8 = column.utf8();
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

    /** The letter that follows the backslash for a byte COPY text must escape, or 0. */
    static byte escapeLetter(byte b) {
        switch (b) {
            case '\\': return '\\';
            case '\t': return 't';
            case '\n': return 'n';
            case '\r': return 'r';
            default: return 0;
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
            byte[] min = Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
