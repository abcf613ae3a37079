package org.pgloadbench.strategy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.pgloadbench.dataset.Rows;

/**
 * Binds one row to five consecutive parameters the way a JDBC application would: primitives for
 * numbers, {@code String} for text and {@code OffsetDateTime} for timestamptz (JDBC 4.2's type for
 * it). pgjdbc sends bigint and double in binary, text and timestamps as text.
 */
final class JdbcRowBinder {
    private JdbcRowBinder() {
    }

    static void bind(PreparedStatement statement, int firstParameter, Rows rows, int row) throws SQLException {
        statement.setLong(firstParameter, rows.id(row));
        statement.setString(firstParameter + 1, rows.names().get(row));
        statement.setString(firstParameter + 2, rows.emails().get(row));
        statement.setDouble(firstParameter + 3, rows.score(row));
        statement.setObject(firstParameter + 4, offsetDateTime(rows.createdAtMicros(row)), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    static OffsetDateTime offsetDateTime(long epochMicros) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
