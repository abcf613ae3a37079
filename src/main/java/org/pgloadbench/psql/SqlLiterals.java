package org.pgloadbench.psql;

import org.pgloadbench.strategy.TimestampText;

/** SQL literals for psql scripts, assuming standard_conforming_strings (on by default since 9.1). */
final class SqlLiterals {
    private SqlLiterals() {
    }

    static String text(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    static String doublePrecision(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "'" + value + "'";
    }

    static String timestamptz(long epochMicros) {
        return "'" + TimestampText.format(epochMicros) + "'";
    }
}
