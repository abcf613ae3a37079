package org.pgloadbench.dataset;

/** A decimal written as PostgreSQL's numeric_out writes it at a given scale: {@code -0.05}, {@code 12345.60}, {@code 0.00}. */
public final class NumericText {
    private NumericText() {
    }

    /** {@code unscaled} / 10^{@code scale}, with exactly {@code scale} decimals; zero never gets a sign. */
    public static String of(long unscaled, int scale) {
        String digits = unscaled == Long.MIN_VALUE ? Long.toString(unscaled).substring(1) : Long.toString(Math.abs(unscaled));
        StringBuilder text = new StringBuilder(digits.length() + 3);
        if (unscaled < 0) {
            text.append('-');
        }
        if (scale == 0) {
            return text.append(digits).toString();
        }
        for (int pad = digits.length(); pad <= scale; pad++) {
            text.append('0');
        }
        text.append(digits);
        text.insert(text.length() - scale, '.');
        return text.toString();
    }
}
