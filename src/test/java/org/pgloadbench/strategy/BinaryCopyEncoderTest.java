package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TextColumn;

class BinaryCopyEncoderTest {
    @Test
    void writesHeaderRowAndTrailerInPostgresBinaryCopyFormat() throws SQLException {
        long micros = 946_684_800_000_001L; // 2000-01-01 00:00:00.000001 UTC: 1 µs after PostgreSQL's epoch
        Rows rows = new Rows(new long[] {-2}, new TextColumn.Builder(1, 4).add("é").build(),
                new TextColumn.Builder(1, 4).add(null).build(), new double[] {-0.0}, new long[] {micros});
        ByteBuffer stream = ByteBuffer.wrap(encode(rows));

        byte[] signature = new byte[11];
        stream.get(signature);
        assertArrayEquals("PGCOPY\n\u00ff\r\n\0".getBytes(StandardCharsets.ISO_8859_1), signature);
        assertEquals(0, stream.getInt(), "flags");
        assertEquals(0, stream.getInt(), "header extension length");

        assertEquals(5, stream.getShort(), "field count");
        assertEquals(8, stream.getInt());
        assertEquals(-2, stream.getLong());
        assertEquals(2, stream.getInt(), "é is two UTF-8 bytes");
        byte[] name = new byte[2];
        stream.get(name);
        assertEquals("é", new String(name, StandardCharsets.UTF_8));
        assertEquals(-1, stream.getInt(), "NULL e-mail");
        assertEquals(8, stream.getInt());
        assertEquals(Double.doubleToRawLongBits(-0.0), stream.getLong(), "the sign of -0.0 survives");
        assertEquals(8, stream.getInt());
        assertEquals(1, stream.getLong(), "microseconds since 2000-01-01");

        assertEquals(-1, stream.getShort(), "trailer");
        assertEquals(0, stream.remaining());
    }

    @Test
    void textLongerThanTheBufferIsWrittenWhole() throws SQLException {
        char[] text = new char[200_000];
        Arrays.fill(text, 'x');
        Rows rows = new Rows(new long[] {1}, new TextColumn.Builder(1, 4).add(new String(text)).build(),
                new TextColumn.Builder(1, 4).add("").build(), new double[] {1}, new long[] {0});
        assertEquals(11 + 8 + 2 + 12 + 4 + 200_000 + 4 + 12 + 12 + 2, encode(rows).length);
    }

    private static byte[] encode(Rows rows) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireBuffer out = new WireBuffer(bytes::write);
        new BinaryCopyEncoder(out).writeAll(RowSource.of(rows));
        out.flush();
        return bytes.toByteArray();
    }
}
