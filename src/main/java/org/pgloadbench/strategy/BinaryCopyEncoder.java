package org.pgloadbench.strategy;

import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnType;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.ValueText;

/**
 * Encodes rows in COPY's binary format: a fixed header, then per row a 16-bit field count and per
 * field a 32-bit length (-1 for NULL) followed by the value in the type's binary send format,
 * big-endian; a 16-bit -1 ends the stream.
 *
 * <p>Nothing is formatted or parsed: integers and floats go as their raw bytes, dates as 4 bytes of
 * days and timestamps as 8 bytes of microseconds since 2000-01-01, uuids as their 16 bytes, text
 * and bytea as they are with no escaping at all, jsonb as a version byte and its text. The server
 * skips number and date parsing too, which is why binary COPY is usually the fastest load, at the
 * price of a format that must match the column types exactly. numeric is the exception on the
 * client: its base-10000 digits are computed from the decimal text ({@link NumericBinary}).
 */
public final class BinaryCopyEncoder {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** jsonb's binary format: this version byte, then the JSON text. */
    private static final byte JSONB_VERSION = 1;

    private final WireBuffer out;
    private final ColumnType[] types;
    private final ColumnViews views;
    private final NumericBinary numeric = new NumericBinary();

    public BinaryCopyEncoder(WireBuffer out, List<Column> columns) {
        this.out = out;
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        this.views = new ColumnViews(types);
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
        views.bind(rows);
        out.reserve(2);
        out.putShort(types.length);
        for (int column = 0; column < types.length; column++) {
            out.reserve(4 + 8);
            if (views.isNull(column, row)) {
                out.putInt(-1);
                continue;
            }
            switch (types[column]) {
                case SMALLINT:
                    out.putInt(2);
                    out.putShort((int) views.longValue(column, row));
                    break;
                case INTEGER:
                    out.putInt(4);
                    out.putInt((int) views.longValue(column, row));
                    break;
                case BIGINT:
                    out.putInt(8);
                    out.putLong(views.longValue(column, row));
                    break;
                case BOOLEAN:
                    out.putInt(1);
                    out.put((byte) views.longValue(column, row));
                    break;
                case REAL:
                    out.putInt(4);
                    out.putInt(Float.floatToRawIntBits((float) views.doubleValue(column, row)));
                    break;
                case DOUBLE_PRECISION:
                    out.putInt(8);
                    out.putLong(Double.doubleToRawLongBits(views.doubleValue(column, row)));
                    break;
                case DATE:
                    out.putInt(4);
                    out.putInt(ValueText.postgresDays(views.longValue(column, row)));
                    break;
                case TIMESTAMP:
                case TIMESTAMPTZ:
                    out.putInt(8);
                    out.putLong(ValueText.postgresMicros(views.longValue(column, row)));
                    break;
                case NUMERIC:
                    BytesColumn text = views.bytes(column);
                    numeric.write(out, text.bytes(), text.start(row), text.byteLength(row));
                    break;
                case JSONB:
                    BytesColumn json = views.bytes(column);
                    out.putInt(json.byteLength(row) + 1);
                    out.put(JSONB_VERSION);
                    out.putBytes(json.bytes(), json.start(row), json.byteLength(row));
                    break;
                default: // text, varchar, uuid, bytea: the bytes as they are
                    BytesColumn bytes = views.bytes(column);
                    out.putInt(bytes.byteLength(row));
                    out.putBytes(bytes.bytes(), bytes.start(row), bytes.byteLength(row));
            }
        }
    }

    public void writeTrailer() throws SQLException {
        out.reserve(2);
        out.putShort(-1);
    }
}
