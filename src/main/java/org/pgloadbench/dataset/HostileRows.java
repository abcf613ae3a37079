package org.pgloadbench.dataset;

import java.util.List;

/**
 * Rows built to break loaders: every byte COPY text must escape, CSV punctuation, the end-of-data
 * marker and the NULL marker as literal text, empty strings beside NULLs, surrounding blanks, a
 * 64 KiB value, 4-byte UTF-8, doubles at their edges and timestamps at the edges of PostgreSQL's
 * range and of binary COPY's epoch. A strategy that mangles any of them fails verification.
 *
 * <p>Cases repeat to fill any row count; the 64 KiB value appears in the first row only, so large
 * hostile loads stay small in memory.
 */
public final class HostileRows {
    static final String LONG_TEXT = "0123456789abcdef".repeat(64 * 1024 / 16);

    /** Names and e-mails, in pairs. */
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

    private static final double[] SCORES = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e-300, 123456789.123456789,
    };

    private static final long[] CREATED_AT = {
        RowGenerator.micros("0001-01-01T00:00:00Z"), RowGenerator.micros("9999-12-31T23:59:59.999999Z"), RowGenerator.micros("1999-12-31T23:59:59.999999Z"),
        RowGenerator.micros("2000-01-01T00:00:00Z"), RowGenerator.micros("1970-01-01T00:00:00Z"), RowGenerator.micros("1969-12-31T23:59:59.999999Z"),
        RowGenerator.micros("2024-02-29T12:34:56.000001Z"), RowGenerator.micros("1900-03-01T00:00:00.5Z"),
    };

    private HostileRows() {
    }

    public static Rows generate(int rowCount) {
        if (rowCount < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rowCount);
        }
        long[] ids = new long[rowCount];
        TextColumn.Builder names = new TextColumn.Builder(rowCount, 16);
        TextColumn.Builder emails = new TextColumn.Builder(rowCount, 16);
        double[] scores = new double[rowCount];
        long[] createdAt = new long[rowCount];
        for (int row = 0; row < rowCount; row++) {
            ids[row] = row == 1 ? Long.MIN_VALUE : row == 2 ? Long.MAX_VALUE : row + 1L;
            String[] text = TEXTS.get(row % TEXTS.size());
            names.add(row == 0 ? LONG_TEXT : text[0]);
            emails.add(text[1]);
            scores[row] = SCORES[row % SCORES.length];
            createdAt[row] = CREATED_AT[row % CREATED_AT.length];
        }
        return new Rows(ids, names.build(), emails.build(), scores, createdAt);
    }
}
