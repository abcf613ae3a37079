package org.pgloadbench.dataset;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.IntPredicate;

/**
 * An order-independent fingerprint of a set of rows: the count, and the sum of a 60-bit hash of
 * each row. The same hash is computed from the generated rows in Java and from the stored rows in
 * SQL ({@link #sql(UsersTable)}), so equal checksums mean the table holds exactly the rows sent,
 * whatever order they landed in.
 *
 * <p>Each row is hashed as {@code id|name|email|score|created_at} where text is length-prefixed
 * ({@code N} for NULL) so no two rows share a form, and score and created_at are the hex of their
 * binary send format, so a double or a timestamp that lost a single bit changes the sum.
 */
public record RowChecksum(long count, BigInteger hashSum) {
    /** 2000-01-01T00:00:00Z in Unix microseconds: PostgreSQL's timestamp epoch. */
    public static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private static final String ROW_TEXT = "id::text"
            + " || '|' || coalesce(octet_length(name) || ':' || name, 'N')"
            + " || '|' || coalesce(octet_length(email) || ':' || email, 'N')"
            + " || '|' || coalesce(encode(float8send(score), 'hex'), 'N')"
            + " || '|' || coalesce(encode(timestamptz_send(created_at), 'hex'), 'N')";

    /** The query that yields (count, hash sum) of the stored rows. */
    public static String sql(UsersTable table) {
        return "SELECT count(*), coalesce(sum(('x' || left(md5(" + ROW_TEXT + "), 15))::bit(60)::bigint), 0) FROM "
                + table.quotedName();
    }

    /** The checksum of the rows that {@code included} accepts. */
    public static RowChecksum of(Rows rows, IntPredicate included) {
        return of(RowSource.of(rows), included);
    }

    /** The same over a source of any size, a chunk at a time; {@code included} sees load-wide row numbers. */
    public static RowChecksum of(RowSource source, IntPredicate included) {
        MessageDigest md5 = md5();
        StringBuilder text = new StringBuilder(128);
        long[] sums = new long[3]; // count, low halves, high halves
        try {
            source.forEachChunk(1, (chunk, firstRow) -> {
                for (int row = 0; row < chunk.size(); row++) {
                    if (included.test(firstRow + row)) {
                        long hash60 = hash60(md5, text, chunk, row);
                        sums[0]++;
                        sums[1] += hash60 & ((1L << 30) - 1);
                        sums[2] += hash60 >>> 30;
                    }
                }
                return 0;
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("generating rows does not touch a database", e);
        }
        // Two 30-bit halves summed separately cannot overflow below 2^33 rows.
        BigInteger sum = BigInteger.valueOf(sums[2]).shiftLeft(30).add(BigInteger.valueOf(sums[1]));
        return new RowChecksum(sums[0], sum);
    }

    /** The first 60 bits of the MD5 of the row's text form, as SQL's {@code left(md5(...), 15)}. */
    private static long hash60(MessageDigest md5, StringBuilder text, Rows rows, int row) {
        text.setLength(0);
        text.append(rows.id(row)).append('|');
        appendText(text, rows.names(), row).append('|');
        appendText(text, rows.emails(), row).append('|');
        appendHex(text, Double.doubleToLongBits(rows.score(row))).append('|');
        appendHex(text, rows.createdAtMicros(row) - POSTGRES_EPOCH_MICROS);
        return ByteBuffer.wrap(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8))).getLong() >>> 4;
    }

    public static RowChecksum of(Rows rows) {
        return of(rows, row -> true);
    }

    private static StringBuilder appendText(StringBuilder text, TextColumn column, int row) {
        if (column.isNull(row)) {
            return text.append('N');
        }
        return text.append(column.byteLength(row)).append(':').append(column.get(row));
    }

    private static StringBuilder appendHex(StringBuilder text, long value) {
        String hex = Long.toHexString(value);
        for (int pad = hex.length(); pad < 16; pad++) {
            text.append('0');
        }
        return text.append(hex);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships MD5", e);
        }
    }
}
