package org.pgloadbench.dataset;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One column the suite sends: its name, type and modifier, whether it may be NULL and whether its
 * values must be distinct (a key or a unique constraint covers it), and for variable-length types
 * the average width of the generated values in bytes.
 *
 * @param precision numeric's precision, varchar's length or a timestamp's fractional digits; -1 where none is declared
 * @param scale     numeric's scale, 0 otherwise
 * @param width     average bytes of a generated text, jsonb or bytea value; 0 for the type's default
 */
public record Column(
        String name, ColumnType type, int precision, int scale, boolean notNull, boolean unique, int width) {
    private static final Pattern MODIFIED = Pattern.compile(
            "(numeric|character varying|timestamp)\\((\\d+)(?:,(-?\\d+))?\\)( with(?:out)? time zone)?");

    public Column {
        if (type == ColumnType.NUMERIC && precision >= 0 && (scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("column " + name + " is numeric(" + precision + "," + scale
                    + "); the suite supports a scale between 0 and the precision");
        }
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, -1, 0, false, false, 0);
    }

    public static Column numeric(String name, int precision, int scale) {
        return new Column(name, ColumnType.NUMERIC, precision, scale, false, false, 0);
    }

    public static Column varchar(String name, int length) {
        return new Column(name, ColumnType.VARCHAR, length, 0, false, false, 0);
    }

    public Column notNullable() {
        return new Column(name, type, precision, scale, true, unique, width);
    }

    /** A key: NOT NULL and distinct. */
    public Column key() {
        return new Column(name, type, precision, scale, true, true, width);
    }

    public Column withWidth(int bytes) {
        return new Column(name, type, precision, scale, notNull, unique, bytes);
    }

    /**
     * The column as {@code format_type} describes it, e.g. {@code numeric(12,2)} or
     * {@code timestamp(3) with time zone}.
     *
     * @throws IllegalArgumentException, naming the column, for a type the suite does not support
     */
    public static Column parse(String name, String formatType, boolean notNull, boolean unique) {
        Matcher modified = MODIFIED.matcher(formatType);
        if (modified.matches()) {
            String base = modified.group(1) + (modified.group(4) == null ? "" : modified.group(4));
            ColumnType type = typeNamed(name, base, formatType);
            int scale = modified.group(3) == null ? 0 : Integer.parseInt(modified.group(3));
            return new Column(name, type, Integer.parseInt(modified.group(2)), scale, notNull, unique, 0);
        }
        String base = formatType.equals("timestamp") ? "timestamp without time zone" : formatType;
        return new Column(name, typeNamed(name, base, formatType), -1, 0, notNull, unique, 0);
    }

    private static ColumnType typeNamed(String column, String sqlName, String formatType) {
        return Arrays.stream(ColumnType.values())
                .filter(type -> type.sqlName().equals(sqlName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("column " + column + " has type " + formatType
                        + ", which the suite cannot generate; it supports "
                        + Arrays.stream(ColumnType.values())
                                .map(ColumnType::sqlName)
                                .collect(Collectors.joining(", "))));
    }

    /** The type with its modifier, as a CREATE TABLE writes it. */
    public String sqlType() {
        if (precision < 0) {
            return type.sqlName();
        }
        switch (type) {
            case NUMERIC:
                return "numeric(" + precision + "," + scale + ")";
            case VARCHAR:
                return "varchar(" + precision + ")";
            case TIMESTAMP:
                return "timestamp(" + precision + ")";
            case TIMESTAMPTZ:
                return "timestamptz(" + precision + ")";
            default:
                return type.sqlName();
        }
    }

    /** The name double-quoted, safe to splice into SQL whatever it holds. */
    public String quotedName() {
        return Identifiers.quote(name);
    }

    /** Fractional digits a timestamp column keeps: 6 unless declared. */
    public int fractionalDigits() {
        return type.isTimestamp() && precision >= 0 ? precision : 6;
    }
}
