package org.pgloadbench.dataset;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * An order-independent fingerprint of a set of rows: the count, and the sum of a 60-bit hash of
 * each row. The same hash is computed from the generated rows in Java and from the stored rows in
 * SQL ({@link #sql(Table)}), so equal checksums mean the table holds exactly the rows sent,
 * whatever order they landed in.
 *
 * <p>Each row is hashed as its sent columns' checksum forms joined by {@code |}
 * ({@link ValueText#checksumSql}): text length-prefixed ({@code N} for NULL) so no two rows share a
 * form, floats, dates and timestamps as the hex of their binary send format, so a value that lost
 * a single bit changes the sum, jsonb as the server prints it, the rest as {@code ::text} prints
 * them.
 */
public record RowChecksum(long count, BigInteger hashSum) {
    /** 2000-01-01T00:00:00Z in Unix microseconds: PostgreSQL's timestamp epoch. */
    public static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    /** 2000-01-01 in days since 1970-01-01: PostgreSQL's date epoch. */
    public static final long POSTGRES_EPOCH_DAY = 10_957L;

    /** The checksum of no rows: an empty table's. */
    public static final RowChecksum NONE = new RowChecksum(0, BigInteger.ZERO);

    /** The checksum of both sets of rows together: counts and hash sums add. */
    public RowChecksum plus(RowChecksum other) {
        return new RowChecksum(count + other.count, hashSum.add(other.hashSum));
    }

    /** The query that yields (count, hash sum) of the stored rows. */
    public static String sql(Table table) {
        String rowText =
                table.columns().stream().map(ValueText::checksumSql).collect(Collectors.joining(" || '|' || "));
        return "SELECT count(*), coalesce(sum(('x' || left(md5(" + rowText + "), 15))::bit(60)::bigint), 0) FROM "
                + table.quotedName();
    }

    /** The checksum of the rows that {@code included} accepts. */
    public static RowChecksum of(TableShape shape, Rows rows, IntPredicate included) {
        return of(shape, RowSource.of(rows), included);
    }

    /** The same over a source of any size, a chunk at a time; {@code included} sees load-wide row numbers. */
    public static RowChecksum of(TableShape shape, RowSource source, IntPredicate included) {
        MessageDigest md5 = md5();
        StringBuilder text = new StringBuilder(128);
        long[] sums = new long[3]; // count, low halves, high halves
        try {
            source.forEachChunk(1, (chunk, firstRow) -> {
                for (int row = 0; row < chunk.size(); row++) {
                    if (included.test(firstRow + row)) {
                        long hash60 = hash60(md5, text, shape, chunk, row);
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

    public static RowChecksum of(TableShape shape, Rows rows) {
        return of(shape, rows, row -> true);
    }

    /** The first 60 bits of the MD5 of the row's text form, as SQL's {@code left(md5(...), 15)}. */
    private static long hash60(MessageDigest md5, StringBuilder text, TableShape shape, Rows rows, int row) {
        text.setLength(0);
        for (int column = 0; column < rows.columnCount(); column++) {
            if (column > 0) {
                text.append('|');
            }
            ValueText.appendChecksumForm(text, shape.column(column), rows.column(column), row);
        }
        return ByteBuffer.wrap(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)))
                        .getLong()
                >>> 4;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships MD5", e);
        }
    }
}
