package org.pgloadbench.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The order in which a load's rows arrive in the key's index, a benchmark dimension
 * ({@code --key-order}). A B-tree takes keys that only ever grow at its right-most leaf: one page
 * hot in memory, and after a checkpoint one full-page image in WAL per new leaf. Keys in random
 * order land on any leaf: once the index outgrows shared buffers most rows read a page from disk,
 * and each leaf first touched after a checkpoint is written to WAL whole (about 8 KB, for one
 * row). Sequential, random and uuidv7 keys follow from the row number, whatever the chunk, so a
 * load's keys never meet those of the rows already in the table; uuidv4 keys are 122 random bits,
 * which never meet in practice.
 *
 * <p>Only the key column changes. The users table's secondary indexes ({@code --indexes pk+2}, on
 * email and created_at) are in random order under every key order: e-mail addresses begin with a
 * random name, and creation times are drawn at random over ten years.
 */
public enum KeyOrder {
    /** 1, 2, 3...: a sequence or identity column, what the suite has always loaded. */
    SEQUENTIAL("sequential"),
    /**
     * A fixed permutation of the row numbers over the whole range of the key's type, the same on every
     * run: keys a client chose itself (an id from another system, a hash).
     */
    RANDOM("random") {
        @Override
        ColumnValues keys(ColumnValues made, Column key, long firstRow, long seed) {
            LongColumn sequential = (LongColumn) made;
            long[] permuted = new long[sequential.size()];
            int bits = bits(key.type());
            for (int row = 0; row < permuted.length; row++) {
                permuted[row] = permute(sequential.get(row), bits);
            }
            return LongColumn.of(permuted);
        }
    },
    /** Version-4 uuids: 122 random bits, what {@code gen_random_uuid()} makes. */
    UUIDV4("uuidv4"),
    /**
     * Version-7 uuids (RFC 9562): a 48-bit Unix time in milliseconds, then random bits; stamped
     * here by a clock that advances one millisecond every {@value TimeOrderedUuids#ROWS_PER_MILLISECOND}
     * rows, as clients making 100,000 rows a second would, so keys rise from millisecond to
     * millisecond and are in random order within one (PostgreSQL 18's {@code uuidv7()} fills the 12
     * bits after the milliseconds with a finer time, so one session's keys only rise).
     */
    UUIDV7("uuidv7") {
        @Override
        ColumnValues keys(ColumnValues made, Column key, long firstRow, long seed) {
            return TimeOrderedUuids.make(firstRow, made.size(), seed);
        }
    };

    /**
     * What results record for a table loaded in its own order (sequential, or uuidv4 for a uuid key),
     * so that loads of a uuid-keyed table made before key orders existed still pair with today's.
     */
    public static final String NATURAL = "natural";

    private static final List<ColumnType> INTEGERS =
            List.of(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT);

    private final String label;

    KeyOrder(String label) {
        this.label = label;
    }

    /**
     * The key column's values for rows {@code firstRow} onwards, from those the shape's generator
     * made: as made, for the orders the generators have always made (sequential and uuidv4).
     */
    ColumnValues keys(ColumnValues made, Column key, long firstRow, long seed) {
        return made;
    }

    /** The value {@code --key-order} takes and results carry. */
    public String label() {
        return label;
    }

    public static Optional<KeyOrder> named(String label) {
        return Arrays.stream(values())
                .filter(order -> order.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(KeyOrder::label).collect(Collectors.joining(", "));
    }

    /** The label results carry for this shape's order: {@link #NATURAL} where it is the shape's own. */
    public static String recorded(TableShape shape) {
        return shape.keyOrder() == natural(shape) ? NATURAL : shape.keyOrder().label();
    }

    /**
     * The shape in the order a result recorded ({@link #recorded}).
     *
     * @throws IllegalArgumentException, in one sentence, for an unknown order or one that does not fit the key
     */
    public static TableShape apply(TableShape shape, String recorded) {
        if (recorded.equals(NATURAL)) {
            return shape;
        }
        return shape.withKeyOrder(named(recorded)
                .orElseThrow(() -> new IllegalArgumentException(
                        "keyOrder must be " + NATURAL + " or one of " + labels() + ", not " + recorded)));
    }

    /** The order a table's rows have always had: version-4 uuids for a uuid key, else sequential. */
    public static KeyOrder natural(TableShape shape) {
        return key(shape).filter(column -> column.type() == ColumnType.UUID).isPresent() ? UUIDV4 : SEQUENTIAL;
    }

    /**
     * @throws IllegalArgumentException, in one sentence, where this order does not fit the shape's key
     */
    void check(TableShape shape) {
        if (this == natural(shape)) {
            return;
        }
        Column key = key(shape)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--key-order " + label + " needs a key of one column the suite sends, and table " + shape.name()
                                + " has " + (shape.primaryKey().isEmpty() ? "none" : "the key " + shape.primaryKey())));
        boolean integers = this == SEQUENTIAL || this == RANDOM;
        if (integers ? !INTEGERS.contains(key.type()) : key.type() != ColumnType.UUID) {
            throw new IllegalArgumentException("--key-order " + label + " needs " + (integers ? "an integer" : "a uuid")
                    + " key, and the key " + key.name() + " of table " + shape.name() + " is " + key.sqlType());
        }
    }

    /**
     * A bijection of the {@code bits}-bit numbers that keeps 0 at 0 (so 1 and up map to 1 and up,
     * within the type's positive range): two rounds of a multiplication by an odd constant, which
     * spreads neighbours over the whole range, and a shift that folds the high bits into the low.
     * Each step can be undone, so no two rows share a key.
     */
    static long permute(long value, int bits) {
        long mask = (1L << bits) - 1;
        int shift = (bits + 1) / 2;
        long x = value & mask;
        x = (x * 0x9E3779B97F4A7C15L) & mask;
        x ^= x >>> shift;
        x = (x * 0xBF58476D1CE4E5B9L) & mask;
        x ^= x >>> shift;
        return x;
    }

    /** The shape's key column, where the key is one sent column. */
    static Optional<Column> key(TableShape shape) {
        if (shape.primaryKey().size() != 1) {
            return Optional.empty();
        }
        return shape.columns().stream()
                .filter(column -> column.name().equals(shape.primaryKey().get(0)))
                .findFirst();
    }

    private static int bits(ColumnType type) {
        return switch (type) {
            case SMALLINT -> 15;
            case INTEGER -> 31;
            default -> 63;
        };
    }
}
