package org.pgloadbench.strategy;

import java.sql.SQLException;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TextColumn;

/**
 * Encodes rows in COPY's binary format: a fixed header, then per row a 16-bit field count and per
 * field a 32-bit length (-1 for NULL) followed by the value in the type's binary send format,
 * big-endian; a 16-bit -1 ends the stream.
 *
 * <p>Nothing is formatted or parsed: bigint and double go as their 8 raw bytes, timestamptz as
 * 8 bytes of microseconds since 2000-01-01, text as its UTF-8 bytes with no escaping at all. The
 * server skips float and date parsing too, which is why binary COPY is usually the fastest load,
 * at the price of a format that must match the column types exactly.
 */
public final class BinaryCopyEncoder {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int FIELDS = 5;

    private final WireBuffer out;

    public BinaryCopyEncoder(WireBuffer out) {
        this.out = out;
    }

    /** A whole COPY stream: header, every row of the source in order, trailer. */
    public void writeAll(RowSource rows) throws SQLException {
        writeHeader();
        rows.forEachChunk(1, (chunk, firstRow) -> {
            for (int row = 0; row < chunk.size(); row++) {
                writeRow(chunk, row);
            }
            return 0;
        });
        writeTrailer();
    }

    /** Signature, flags (no OIDs) and an empty header extension. */
    public void writeHeader() throws SQLException {
        out.putBytes(SIGNATURE, 0, SIGNATURE.length);
        out.reserve(8);
        out.putInt(0);
        out.putInt(0);
    }

    public void writeRow(Rows rows, int row) throws SQLException {
        out.reserve(2 + 4 + 8);
        out.putShort(FIELDS);
        out.putInt(8);
        out.putLong(rows.id(row));
        writeText(rows.names(), row);
        writeText(rows.emails(), row);
        out.reserve(2 * (4 + 8));
        out.putInt(8);
        out.putLong(Double.doubleToRawLongBits(rows.score(row)));
        out.putInt(8);
        out.putLong(rows.createdAtMicros(row) - RowChecksum.POSTGRES_EPOCH_MICROS);
    }

    public void writeTrailer() throws SQLException {
        out.reserve(2);
        out.putShort(-1);
    }

    private void writeText(TextColumn column, int row) throws SQLException {
        out.reserve(4);
        if (column.isNull(row)) {
            out.putInt(-1);
            return;
        }
        int length = column.byteLength(row);
        out.putInt(length);
        out.putBytes(column.utf8(), column.start(row), length);
    }
}
