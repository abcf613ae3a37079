package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.DoubleColumn;
import org.pgloadbench.dataset.LongColumn;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TableShape;

class BinaryCopyEncoderTest {
    @Test
    void writesHeaderRowAndTrailerInPostgresBinaryCopyFormat() throws SQLException {
        long micros = 946_684_800_000_001L; // 2000-01-01 00:00:00.000001 UTC: 1 µs after PostgreSQL's epoch
        Rows rows = new Rows(
                LongColumn.of(-2),
                new BytesColumn.Builder(1, 4).add("é").build(),
                new BytesColumn.Builder(1, 4).add(null).build(),
                DoubleColumn.of(-0.0),
                LongColumn.of(micros));
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
        Rows rows = new Rows(
                LongColumn.of(1),
                new BytesColumn.Builder(1, 4).add(new String(text)).build(),
                new BytesColumn.Builder(1, 4).add("").build(),
                DoubleColumn.of(1),
                LongColumn.of(0));
        assertEquals(11 + 8 + 2 + 12 + 4 + 200_000 + 4 + 12 + 12 + 2, encode(rows).length);
    }

    private static byte[] encode(Rows rows) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireBuffer out = new WireBuffer(bytes::write);
        new BinaryCopyEncoder(out, TableShape.USERS.columns()).writeAll(RowSource.of(rows));
        out.flush();
        return bytes.toByteArray();
    }
}
