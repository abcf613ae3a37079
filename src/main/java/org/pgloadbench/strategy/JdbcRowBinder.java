package org.pgloadbench.strategy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnType;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.ValueText;

/**
 * Binds one row to consecutive parameters the way a JDBC application would: primitives for
 * numbers and booleans, {@code String} for text, {@code BigDecimal} for numeric, {@code UUID} for
 * uuid, {@code byte[]} for bytea, and JDBC 4.2's {@code java.time} types for dates and timestamps.
 * pgjdbc sends numbers, uuids and bytea in binary, the rest as text. jsonb, and numeric's NaN and
 * infinities (which BigDecimal cannot hold), go as text of unspecified type for the server to
 * read, as applications do with {@code Types.OTHER}.
 */
final class JdbcRowBinder {
    /** 4713-01-01 BC: pgjdbc's earliest java.time value. */
    private static final long FIRST_JAVA_TIME_DAY = LocalDate.of(-4712, 1, 1).toEpochDay();

    private static final long DAY_MICROS = 86_400_000_000L;
    private final Column[] columns;

    JdbcRowBinder(List<Column> columns) {
        this.columns = columns.toArray(Column[]::new);
    }

    int columnCount() {
        return columns.length;
    }

    void bind(PreparedStatement statement, int firstParameter, Rows rows, int row) throws SQLException {
        for (int column = 0; column < columns.length; column++) {
            int parameter = firstParameter + column;
            ColumnType type = columns[column].type();
            if (rows.column(column).isNull(row)) {
                statement.setNull(parameter, sqlType(type));
                continue;
            }
            switch (type) {
                case SMALLINT:
                    statement.setShort(parameter, (short) rows.longs(column).get(row));
                    break;
                case INTEGER:
                    statement.setInt(parameter, (int) rows.longs(column).get(row));
                    break;
                case BIGINT:
                    statement.setLong(parameter, rows.longs(column).get(row));
                    break;
                case BOOLEAN:
                    statement.setBoolean(parameter, rows.longs(column).get(row) != 0);
                    break;
                case REAL:
                    statement.setFloat(parameter, (float) rows.doubles(column).get(row));
                    break;
                case DOUBLE_PRECISION:
                    statement.setDouble(parameter, rows.doubles(column).get(row));
                    break;
                case NUMERIC:
                    String decimal = rows.bytes(column).get(row);
                    if (Character.isLetter(decimal.charAt(decimal.length() - 1))) {
                        statement.setObject(parameter, decimal, Types.OTHER);
                    } else {
                        statement.setBigDecimal(parameter, new BigDecimal(decimal));
                    }
                    break;
                case DATE:
                case TIMESTAMP:
                case TIMESTAMPTZ:
                    bindDateTime(statement, parameter, columns[column], rows, column, row);
                    break;
                case UUID:
                    statement.setObject(parameter, uuid(rows.bytes(column), row));
                    break;
                case BYTEA:
                    statement.setBytes(parameter, rows.bytes(column).copyOf(row));
                    break;
                case JSONB:
                    statement.setObject(parameter, rows.bytes(column).get(row), Types.OTHER);
                    break;
                default: // text, varchar
                    statement.setString(parameter, rows.bytes(column).get(row));
            }
        }
    }

    /**
     * JDBC 4.2's java.time types, except before 4713-01-01 BC, where pgjdbc sends {@code -infinity}
     * for any java.time value: there the value's input text goes instead.
     */
    private static void bindDateTime(
            PreparedStatement statement, int parameter, Column column, Rows rows, int index, int row)
            throws SQLException {
        long value = rows.longs(index).get(row);
        boolean date = column.type() == ColumnType.DATE;
        if (value != ColumnType.MINUS_INFINITY
                && value < (date ? FIRST_JAVA_TIME_DAY : FIRST_JAVA_TIME_DAY * DAY_MICROS)) {
            statement.setObject(parameter, ValueText.input(column, rows.column(index), row), Types.OTHER);
        } else if (date) {
            statement.setObject(parameter, localDate(value));
        } else if (column.type() == ColumnType.TIMESTAMP) {
            statement.setObject(parameter, localDateTime(value));
        } else {
            statement.setObject(parameter, offsetDateTime(value), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static int sqlType(ColumnType type) {
        switch (type) {
            case SMALLINT:
                return Types.SMALLINT;
            case INTEGER:
                return Types.INTEGER;
            case BIGINT:
                return Types.BIGINT;
            case BOOLEAN:
                return Types.BOOLEAN;
            case REAL:
                return Types.REAL;
            case DOUBLE_PRECISION:
                return Types.DOUBLE;
            case NUMERIC:
                return Types.NUMERIC;
            case DATE:
                return Types.DATE;
            case TIMESTAMP:
                return Types.TIMESTAMP;
            case TIMESTAMPTZ:
                return Types.TIMESTAMP_WITH_TIMEZONE;
            case BYTEA:
                return Types.BINARY;
            case TEXT:
            case VARCHAR:
                return Types.VARCHAR;
            default:
                return Types.OTHER;
        }
    }

    /** pgjdbc sends {@code LocalDate.MAX} and {@code MIN} as {@code infinity} and {@code -infinity}. */
    static LocalDate localDate(long epochDay) {
        if (epochDay == ColumnType.INFINITY) {
            return LocalDate.MAX;
        }
        if (epochDay == ColumnType.MINUS_INFINITY) {
            return LocalDate.MIN;
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    static LocalDateTime localDateTime(long epochMicros) {
        if (epochMicros == ColumnType.INFINITY) {
            return LocalDateTime.MAX;
        }
        if (epochMicros == ColumnType.MINUS_INFINITY) {
            return LocalDateTime.MIN;
        }
        return LocalDateTime.ofInstant(instant(epochMicros), ZoneOffset.UTC);
    }

    static OffsetDateTime offsetDateTime(long epochMicros) {
        if (epochMicros == ColumnType.INFINITY) {
            return OffsetDateTime.MAX;
        }
        if (epochMicros == ColumnType.MINUS_INFINITY) {
            return OffsetDateTime.MIN;
        }
        return OffsetDateTime.ofInstant(instant(epochMicros), ZoneOffset.UTC);
    }

    private static Instant instant(long epochMicros) {
        return Instant.ofEpochSecond(
                Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }

    static UUID uuid(BytesColumn values, int row) {
        ByteBuffer bytes = ByteBuffer.wrap(values.bytes(), values.start(row), 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
