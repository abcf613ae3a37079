package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of a load are sent malformed, and how. They are spread evenly: with
 * {@code percent = 1}, one row in a hundred. The selection is exact (⌊rows × percent / 100⌋ rows)
 * and needs no randomness, so the verifier knows precisely which rows must be missing after a
 * COPY with ON_ERROR. Successive bad rows take the table's {@link Malformation}s in turn.
 */
public final class MalformedRows {
    /**
     * One way a row fails type input, the kind of error ON_ERROR ignore is documented to skip:
     * {@code text} in COPY text form, sent instead of the value of {@code column}.
     */
    public record Malformation(int column, String kind, String text) {
        public byte[] copyText() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private final long basisPoints;
    private final List<Malformation> kinds;

    public MalformedRows(double percent, TableShape shape) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("badRowPercent must be between 0 and 100, not " + percent);
        }
        this.basisPoints = Math.round(percent * 100);
        this.kinds = kindsFor(shape);
    }

    /**
     * The malformed values the table's columns can receive, in column order: a non-number in a
     * number column, an out-of-range integer, an impossible date, a bad uuid, broken JSON, bad hex
     * in bytea, a varchar one character too long. Text columns accept anything, so they give none.
     */
    public static List<Malformation> kindsFor(TableShape shape) {
        List<Malformation> kinds = new ArrayList<>();
        for (int index = 0; index < shape.columns().size(); index++) {
            Column column = shape.column(index);
            String type = column.sqlType();
            switch (column.type()) {
                case SMALLINT:
                case INTEGER:
                case BIGINT:
                    kinds.add(new Malformation(index, type + ": not a number", "abc"));
                    String tooLarge = column.type() == ColumnType.SMALLINT
                            ? "99999"
                            : column.type() == ColumnType.INTEGER ? "9999999999" : "99999999999999999999";
                    kinds.add(new Malformation(index, type + ": out of range", tooLarge));
                    break;
                case REAL:
                case DOUBLE_PRECISION:
                case NUMERIC:
                    kinds.add(new Malformation(index, type + ": not a number", "twelve"));
                    break;
                case BOOLEAN:
                    kinds.add(new Malformation(index, type + ": neither true nor false", "maybe"));
                    break;
                case DATE:
                    kinds.add(new Malformation(index, type + ": impossible date", "2024-13-45"));
                    break;
                case TIMESTAMP:
                case TIMESTAMPTZ:
                    kinds.add(new Malformation(index, type + ": impossible time", "2024-13-45 25:61:00+00"));
                    break;
                case UUID:
                    kinds.add(new Malformation(index, type + ": not a uuid", "not-a-uuid"));
                    break;
                case JSONB:
                    kinds.add(new Malformation(index, type + ": broken JSON", "{\"unclosed\": "));
                    break;
                case BYTEA:
                    kinds.add(new Malformation(index, type + ": bad hex", "\\\\xZZ"));
                    break;
                case VARCHAR:
                    if (column.precision() >= 0) {
                        kinds.add(new Malformation(index, type + ": too long", "x".repeat(column.precision() + 1)));
                    }
                    break;
                default:
                    break;
            }
        }
        return kinds;
    }

    /** False where no column of the table can receive a malformed value. */
    public boolean applies() {
        return !kinds.isEmpty();
    }

    /** True for the row where the running count of bad rows steps up: an even spread. */
    public boolean isMalformed(int row) {
        return badRowsBefore(row + 1) != badRowsBefore(row);
    }

    /** How a malformed row is broken: the n-th bad row gets the n-th kind, cyclically. */
    public Malformation malformationOf(int row) {
        return kinds.get((int) (badRowsBefore(row) % kinds.size()));
    }

    public long count(int rows) {
        return badRowsBefore(rows);
    }

    private long badRowsBefore(long row) {
        return row * basisPoints / 10_000;
    }
}
