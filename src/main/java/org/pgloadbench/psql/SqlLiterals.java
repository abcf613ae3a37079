package org.pgloadbench.psql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** SQL literals for psql scripts, assuming standard_conforming_strings (on by default since 9.1). */
final class SqlLiterals {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);

    private SqlLiterals() {
    }

    static String text(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    static String doublePrecision(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "'" + value + "'";
    }

    static String timestamptz(long epochMicros) {
        return "'" + timestampText(epochMicros) + "'";
    }

    static String timestampText(long epochMicros) {
        return TIMESTAMP.format(Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1_000L));
    }
}
