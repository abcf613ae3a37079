package org.pgloadbench.psql;

import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.ColumnValues;
import org.pgloadbench.dataset.Identifiers;
import org.pgloadbench.dataset.ValueText;

/** SQL literals for psql scripts, assuming standard_conforming_strings (on by default since 9.1). */
final class SqlLiterals {
    private SqlLiterals() {}

    static String text(String value) {
        return value == null ? "NULL" : Identifiers.literal(value);
    }

    /**
     * The value as a literal for an INSERT's VALUES list: integers, decimals and booleans bare (as
     * an application's generated SQL would have them), everything else quoted, its type taken from
     * the column it goes into. Floats are quoted too: a bare {@code -0.0} is a numeric constant and
     * loses its sign.
     */
    static String of(Column column, ColumnValues values, int row) {
        String input = ValueText.input(column, values, row);
        if (input == null) {
            return "NULL";
        }
        switch (column.type()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case BOOLEAN:
                return input;
            case NUMERIC:
                return Character.isLetter(input.charAt(input.length() - 1)) ? text(input) : input;
            default:
                return text(input);
        }
    }
}
