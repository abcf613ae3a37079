package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnType;
import org.pgloadbench.dataset.ColumnValues;
import org.pgloadbench.dataset.DoubleColumn;
import org.pgloadbench.dataset.LongColumn;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.ValueText;

/**
 * {@code INSERT ... SELECT * FROM unnest(?::bigint[], ?::text[], ...)}: one typed array per column.
 *
 * <p>Like multi-row VALUES it sends many rows per round trip, but the statement stays one parameter
 * per column whatever the row count: one short plan, reused for every chunk, and no parameter
 * limit. pgjdbc sends arrays of Java numbers and booleans, and bytea arrays, in binary; the other
 * types go as text arrays cast on the server, one input-function call per value. The server pays
 * instead to build and expand the arrays, so it lands near multi-row VALUES, typically a little
 * faster at large chunks.
 */
final class UnnestArrays implements LoadStrategy {
    private final List<Column> columns;
    private final ChunkedStatements statements;

    UnnestArrays(StrategySettings settings) {
        Table table = settings.table();
        this.columns = table.columns();
        String sql = table.insertIntoSql() + "SELECT * FROM unnest("
                + columns.stream()
                        .map(column -> "?::" + column.type().sqlName() + "[]")
                        .collect(Collectors.joining(", "))
                + ")";
        this.statements = new ChunkedStatements(settings.rowsPerStatement(), rows -> sql, this::bindChunk);
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return statements.load(connection, rows);
    }

    private void bindChunk(PreparedStatement statement, Rows rows, int firstRow, int rowCount) throws SQLException {
        for (int column = 0; column < columns.size(); column++) {
            statement.setObject(column + 1, array(columns.get(column), rows.column(column), firstRow, rowCount));
        }
    }

    /**
     * The column's values as the Java array pgjdbc sends best: a primitive array for numbers and
     * booleans, {@code byte[][]} for bytea, otherwise (and for a column with NULLs, which primitive
     * arrays cannot hold) the values' input text.
     */
    private static Object array(Column column, ColumnValues values, int firstRow, int rowCount) {
        if (column.type() == ColumnType.BYTEA) {
            byte[][] bytes = new byte[rowCount][];
            for (int i = 0; i < rowCount; i++) {
                bytes[i] = ((BytesColumn) values).copyOf(firstRow + i);
            }
            return bytes;
        }
        if (!values.hasNulls()) {
            switch (column.type()) {
                case SMALLINT: {
                    short[] array = new short[rowCount];
                    for (int i = 0; i < rowCount; i++) {
                        array[i] = (short) ((LongColumn) values).get(firstRow + i);
                    }
                    return array;
                }
                case INTEGER: {
                    int[] array = new int[rowCount];
                    for (int i = 0; i < rowCount; i++) {
                        array[i] = (int) ((LongColumn) values).get(firstRow + i);
                    }
                    return array;
                }
                case BIGINT: {
                    long[] array = new long[rowCount];
                    for (int i = 0; i < rowCount; i++) {
                        array[i] = ((LongColumn) values).get(firstRow + i);
                    }
                    return array;
                }
                case BOOLEAN: {
                    boolean[] array = new boolean[rowCount];
                    for (int i = 0; i < rowCount; i++) {
                        array[i] = ((LongColumn) values).get(firstRow + i) != 0;
                    }
                    return array;
                }
                case REAL: {
                    float[] array = new float[rowCount];
                    for (int i = 0; i < rowCount; i++) {
                        array[i] = (float) ((DoubleColumn) values).get(firstRow + i);
                    }
                    return array;
                }
                case DOUBLE_PRECISION: {
                    double[] array = new double[rowCount];
                    for (int i = 0; i < rowCount; i++) {
                        array[i] = ((DoubleColumn) values).get(firstRow + i);
                    }
                    return array;
                }
                default:
                    break;
            }
        }
        String[] text = new String[rowCount];
        for (int i = 0; i < rowCount; i++) {
            text[i] = ValueText.input(column, values, firstRow + i);
        }
        return text;
    }
}
