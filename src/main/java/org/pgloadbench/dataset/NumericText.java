package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;

/** A decimal written as PostgreSQL's numeric_out writes it at a given scale: {@code -0.05}, {@code 12345.60}, {@code 0.00}. */
public final class NumericText {
    private NumericText() {}

    /** {@code unscaled} / 10^{@code scale}, with exactly {@code scale} decimals; zero never gets a sign. */
    public static String of(long unscaled, int scale) {
        byte[] text = new byte[maxLength(scale)];
        return new String(text, 0, write(unscaled, scale, text, 0), StandardCharsets.US_ASCII);
    }

    /** The most bytes {@link #write} needs at this scale. */
    static int maxLength(int scale) {
        return 22 + scale;
    }

    /** Writes the decimal into {@code out} from {@code position} without making a String; returns where it ends. */
    static int write(long unscaled, int scale, byte[] out, int position) {
        int digits = digits(unscaled);
        int written = Math.max(digits, scale + 1);
        if (unscaled < 0) {
            out[position++] = '-';
        }
        int end = position + written + (scale > 0 ? 1 : 0);
        long rest = unscaled > 0 ? -unscaled : unscaled; // negative, so Long.MIN_VALUE has no overflow
        int at = end;
        for (int i = 0; i < written; i++) {
            if (i == scale && scale > 0) {
                out[--at] = '.';
            }
            long quotient = rest / 10;
            out[--at] = (byte) ('0' + quotient * 10 - rest);
            rest = quotient;
        }
        return end;
    }

    /** Decimal digits in the number's magnitude, found by comparison rather than division. */
    private static int digits(long number) {
        long negative = number > 0 ? -number : number;
        long bound = -10;
        for (int digits = 1; digits < 19; digits++) {
            if (negative > bound) {
                return digits;
            }
            bound *= 10;
        }
        return 19;
    }
}
