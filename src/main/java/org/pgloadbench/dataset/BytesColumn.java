package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A column of nullable variable-length values held as one byte arena plus offsets: UTF-8 for text,
 * varchar, jsonb and numeric (its canonical text), raw bytes for bytea and uuid.
 *
 * <p>A million rows as {@code String} objects would cost tens of megabytes of headers and give the
 * garbage collector a million objects to trace during every measured load. Here the whole column is
 * three arrays. COPY encoders copy the bytes straight to the wire; JDBC strategies decode a
 * {@code String} per value when they bind it, which is the honest cost of the JDBC API.
 */
public final class BytesColumn implements ColumnValues {
    private final byte[] bytes;
    private final int[] offsets;
    private final boolean[] nulls;
    private final boolean hasNulls;

    private BytesColumn(byte[] bytes, int[] offsets, boolean[] nulls) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.nulls = nulls;
        this.hasNulls = ColumnValues.nullsOrNone(nulls) != null;
    }

    @Override
    public int size() {
        return nulls.length;
    }

    @Override
    public boolean isNull(int row) {
        return nulls[row];
    }

    @Override
    public boolean hasNulls() {
        return hasNulls;
    }

    /** The arena holding every value's bytes; read-only by convention. */
    public byte[] bytes() {
        return bytes;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int byteLength(int row) {
        return offsets[row + 1] - offsets[row];
    }

    @Override
    public long heapBytes() {
        return bytes.length + (long) Integer.BYTES * offsets.length + nulls.length;
    }

    /** The value decoded from UTF-8, or null. Allocates: callers on a measured path pay for it. */
    public String get(int row) {
        return nulls[row] ? null : new String(bytes, offsets[row], byteLength(row), StandardCharsets.UTF_8);
    }

    /** A copy of the value's bytes, or null. */
    public byte[] copyOf(int row) {
        return nulls[row] ? null : Arrays.copyOfRange(bytes, offsets[row], offsets[row + 1]);
    }

    @Override
    public BytesColumn select(int[] rows) {
        Builder selected = new Builder(rows.length, 16);
        for (int row : rows) {
            if (nulls[row]) {
                selected.addNull();
            } else {
                selected.addBytes(bytes, offsets[row], byteLength(row));
            }
        }
        return selected.build();
    }

    @Override
    public BytesColumn allNull() {
        return new BytesColumn(
                new byte[0], new int[size() + 1], size() == 0 ? new boolean[0] : ColumnValues.allSet(size()));
    }

    /** Appends values one by one; {@link #build()} trims the arena to size. */
    public static final class Builder {
        private byte[] bytes;
        private final int[] offsets;
        private final boolean[] nulls;
        private int rows;

        public Builder(int rows, int expectedBytesPerValue) {
            this.bytes = new byte[Math.max(16, rows * expectedBytesPerValue)];
            this.offsets = new int[rows + 1];
            this.nulls = new boolean[rows];
        }

        /** A text value, or null. @throws IllegalArgumentException for text holding NUL, which PostgreSQL's text cannot store */
        public Builder add(String value) {
            if (value == null) {
                return addNull();
            }
            if (value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("the text value of row " + (rows + 1)
                        + " contains a NUL character (U+0000), which PostgreSQL cannot store in text");
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            return addBytes(utf8, 0, utf8.length);
        }

        public Builder addNull() {
            nulls[rows] = true;
            offsets[rows + 1] = offsets[rows];
            rows++;
            return this;
        }

        public Builder addBytes(byte[] source, int from, int length) {
            int start = ensureRoom(length);
            System.arraycopy(source, from, bytes, start, length);
            offsets[++rows] = start + length;
            return this;
        }

        /**
         * Appends one value from UTF-8 pieces without making a String: the generators' fast path.
         * The pieces must be valid UTF-8 without NUL; {@code digits}, if non-negative, is written
         * in decimal between the first and second piece.
         */
        public Builder addUtf8(byte[] first, long digits, byte[] second) {
            int start = ensureRoom(first.length + 20 + second.length);
            System.arraycopy(first, 0, bytes, start, first.length);
            int position = start + first.length;
            if (digits >= 0) {
                int length = 1;
                for (long rest = digits / 10; rest != 0; rest /= 10) {
                    length++;
                }
                for (int i = position + length - 1; i >= position; i--) {
                    bytes[i] = (byte) ('0' + digits % 10);
                    digits /= 10;
                }
                position += length;
            }
            System.arraycopy(second, 0, bytes, position, second.length);
            offsets[++rows] = position + second.length;
            return this;
        }

        /**
         * Room for a value of up to {@code length} bytes written by the caller into {@link #arena()}
         * from the returned position; {@link #endValue(int)} then closes it.
         */
        public int ensureRoom(int length) {
            int start = offsets[rows];
            if (start + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + length));
            }
            return start;
        }

        /** The arena as it stands; valid until the next {@link #ensureRoom}. */
        public byte[] arena() {
            return bytes;
        }

        /** Ends a value the caller wrote after {@link #ensureRoom}, at {@code end} (exclusive). */
        public Builder endValue(int end) {
            offsets[++rows] = end;
            return this;
        }

        public BytesColumn build() {
            if (rows != nulls.length) {
                throw new IllegalStateException("built " + rows + " of " + nulls.length + " values");
            }
            int used = offsets[rows];
            boolean wasteful =
                    bytes.length - used > bytes.length / 4; // else keep the slack rather than copy every byte again
            return new BytesColumn(wasteful ? Arrays.copyOf(bytes, used) : bytes, offsets, nulls);
        }
    }
}
