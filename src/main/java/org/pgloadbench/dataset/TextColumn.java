package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A column of nullable text values held as one UTF-8 byte arena plus offsets.
 *
 * <p>A million rows as {@code String} objects would cost tens of megabytes of headers and give the
 * garbage collector a million objects to trace during every measured load. Here the whole column is
 * two arrays. COPY encoders copy the UTF-8 bytes straight to the wire; JDBC strategies decode a
 * {@code String} per value when they bind it, which is the honest cost of the JDBC API.
 */
public final class TextColumn {
    private final byte[] utf8;
    private final int[] offsets;
    private final boolean[] nulls;

    private TextColumn(byte[] utf8, int[] offsets, boolean[] nulls) {
        this.utf8 = utf8;
        this.offsets = offsets;
        this.nulls = nulls;
    }

    public int size() {
        return nulls.length;
    }

    public boolean isNull(int row) {
        return nulls[row];
    }

    /** The arena holding every value's UTF-8 bytes; read-only by convention. */
    public byte[] utf8() {
        return utf8;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int byteLength(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** The heap this column occupies, array contents only. */
    public long heapBytes() {
        return utf8.length + (long) Integer.BYTES * offsets.length + nulls.length;
    }

    /** The value as a Java string, or null. Allocates: callers on a measured path pay for it. */
    public String get(int row) {
        return nulls[row] ? null : new String(utf8, offsets[row], byteLength(row), StandardCharsets.UTF_8);
    }

    /** Appends values one by one; {@link #build()} trims the arrays to size. */
    public static final class Builder {
        private byte[] utf8;
        private final int[] offsets;
        private final boolean[] nulls;
        private int rows;

        public Builder(int rows, int expectedBytesPerValue) {
            this.utf8 = new byte[Math.max(16, rows * expectedBytesPerValue)];
            this.offsets = new int[rows + 1];
            this.nulls = new boolean[rows];
        }

        /** @throws IllegalArgumentException for text holding NUL, which PostgreSQL's text cannot store */
        public Builder add(String value) {
            int start = offsets[rows];
            if (value != null && value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("the text value of row " + (rows + 1)
                        + " contains a NUL character (U+0000), which PostgreSQL cannot store in text");
            }
            if (value == null) {
                nulls[rows] = true;
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                if (start + bytes.length > utf8.length) {
                    utf8 = Arrays.copyOf(utf8, Math.max(utf8.length * 2, start + bytes.length));
                }
                System.arraycopy(bytes, 0, utf8, start, bytes.length);
                start += bytes.length;
            }
            offsets[++rows] = start;
            return this;
        }

        /**
         * Appends one value from UTF-8 pieces without making a String: the generator's fast path.
         * The pieces must be valid UTF-8 without NUL; {@code digits}, if non-negative, is written
         * in decimal between the first and second piece.
         */
        public Builder addUtf8(byte[] first, long digits, byte[] second) {
            int start = offsets[rows];
            int room = first.length + 20 + second.length;
            if (start + room > utf8.length) {
                utf8 = Arrays.copyOf(utf8, Math.max(utf8.length * 2, start + room));
            }
            System.arraycopy(first, 0, utf8, start, first.length);
            int position = start + first.length;
            if (digits >= 0) {
                int length = 1;
                for (long rest = digits / 10; rest != 0; rest /= 10) {
                    length++;
                }
                for (int i = position + length - 1; i >= position; i--) {
                    utf8[i] = (byte) ('0' + digits % 10);
                    digits /= 10;
                }
                position += length;
            }
            System.arraycopy(second, 0, utf8, position, second.length);
            offsets[++rows] = position + second.length;
            return this;
        }

        public TextColumn build() {
            if (rows != nulls.length) {
                throw new IllegalStateException("built " + rows + " of " + nulls.length + " values");
            }
            return new TextColumn(Arrays.copyOf(utf8, offsets[rows]), offsets, nulls);
        }
    }
}
