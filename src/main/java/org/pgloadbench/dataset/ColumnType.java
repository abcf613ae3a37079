package org.pgloadbench.dataset;

/**
 * The PostgreSQL column types the suite generates, encodes and verifies. Each keeps its values in
 * one of three compact column forms ({@link Storage}); how a type is written for each wire format
 * lives with the encoder of that format, which switches on the type.
 */
public enum ColumnType {
    SMALLINT("smallint", Storage.LONG),
    INTEGER("integer", Storage.LONG),
    BIGINT("bigint", Storage.LONG),
    /** Held as the double of its float value, which is exact. */
    REAL("real", Storage.DOUBLE),
    DOUBLE_PRECISION("double precision", Storage.DOUBLE),
    /** Held as its canonical text, as numeric_out prints it at the column's scale, e.g. {@code -12.50}, {@code NaN}. */
    NUMERIC("numeric", Storage.BYTES),
    /** 1 for true, 0 for false. */
    BOOLEAN("boolean", Storage.LONG),
    TEXT("text", Storage.BYTES),
    VARCHAR("character varying", Storage.BYTES),
    /** Days since 1970-01-01; {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE} stand for {@code infinity} and {@code -infinity}. */
    DATE("date", Storage.LONG),
    /** Microseconds since 1970-01-01 00:00, with the same two infinities as {@link #DATE}. */
    TIMESTAMP("timestamp without time zone", Storage.LONG),
    /** Microseconds since 1970-01-01 00:00 UTC, with the same two infinities as {@link #DATE}. */
    TIMESTAMPTZ("timestamp with time zone", Storage.LONG),
    /** Its 16 bytes, most significant first. */
    UUID("uuid", Storage.BYTES),
    /** Its JSON text in UTF-8. */
    JSONB("jsonb", Storage.BYTES),
    /** The raw bytes. */
    BYTEA("bytea", Storage.BYTES);

    /** Where a column of this type keeps its values. */
    public enum Storage {
        LONG,
        DOUBLE,
        BYTES
    }

    /** What {@link #DATE} and the timestamps hold for {@code infinity}. */
    public static final long INFINITY = Long.MAX_VALUE;
    /** What {@link #DATE} and the timestamps hold for {@code -infinity}. */
    public static final long MINUS_INFINITY = Long.MIN_VALUE;

    private final String sqlName;
    private final Storage storage;

    ColumnType(String sqlName, Storage storage) {
        this.sqlName = sqlName;
        this.storage = storage;
    }

    /** The name {@code format_type} gives the type without a modifier, and the one casts use. */
    public String sqlName() {
        return sqlName;
    }

    public Storage storage() {
        return storage;
    }

    public boolean isTimestamp() {
        return this == TIMESTAMP || this == TIMESTAMPTZ;
    }
}
