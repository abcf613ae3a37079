package org.pgloadbench.strategy;

import java.sql.SQLException;

/**
 * numeric's binary send format, from the value's decimal text: a digit count, a weight (the
 * power of 10000 of the first digit), a sign word (positive, negative, NaN or an infinity), the
 * display scale (decimals shown), then the digits in base 10000, each a 16-bit integer. Leading
 * and trailing zero groups are left out, as numeric_send does. The client pays for this
 * conversion, as any application holding decimals as text or BigDecimal would.
 */
final class NumericBinary {
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int NAN = 0xC000;
    private static final int PLUS_INFINITY = 0xD000;
    private static final int MINUS_INFINITY = 0xF000;

    private short[] groups = new short[16];

    /** Writes the field (length, then value) for the ASCII decimal at {@code text[start, start + length)}. */
    void write(WireBuffer out, byte[] text, int start, int length) throws SQLException {
        int special = special(text, start, length);
        if (special >= 0) {
            out.reserve(4 + 8);
            out.putInt(8);
            out.putShort(0);
            out.putShort(0);
            out.putShort(special);
            out.putShort(0);
            return;
        }
        int end = start + length;
        boolean negative = text[start] == '-';
        int digitsStart = negative ? start + 1 : start;
        int point = digitsStart;
        while (point < end && text[point] != '.') {
            point++;
        }
        int integerDigits = point - digitsStart;
        int scale = point < end ? end - point - 1 : 0;
        int integerGroups = (integerDigits + 3) / 4;
        int fractionGroups = (scale + 3) / 4;
        int count = integerGroups + fractionGroups;
        if (groups.length < count) {
            groups = new short[count];
        }
        // Integer digits, right-aligned on the point: the first group takes what is left over.
        for (int g = 0; g < integerGroups; g++) {
            int last = point - 4 * (integerGroups - 1 - g);
            groups[g] = (short) decimal(text, Math.max(digitsStart, last - 4), last);
        }
        // Fraction digits, left-aligned on the point: the last group is padded with zeros.
        for (int g = 0; g < fractionGroups; g++) {
            int first = point + 1 + 4 * g;
            int last = Math.min(end, first + 4);
            int value = decimal(text, first, last);
            for (int pad = last - first; pad < 4; pad++) {
                value *= 10;
            }
            groups[integerGroups + g] = (short) value;
        }
        int from = 0;
        int to = count;
        while (from < to && groups[from] == 0) {
            from++;
        }
        while (to > from && groups[to - 1] == 0) {
            to--;
        }
        int digits = to - from;
        int weight = digits == 0 ? 0 : integerGroups - 1 - from;
        out.reserve(4 + 8);
        out.putInt(8 + 2 * digits);
        out.putShort(digits);
        out.putShort(weight);
        out.putShort(digits == 0 || !negative ? POSITIVE : NEGATIVE);
        out.putShort(scale);
        for (int g = from; g < to; g++) {
            out.reserve(2);
            out.putShort(groups[g]);
        }
    }

    /** The sign word of NaN or an infinity, or -1 for a number. */
    private static int special(byte[] text, int start, int length) {
        if (text[start] == 'N') {
            return NAN;
        }
        if (text[start] == 'I') {
            return PLUS_INFINITY;
        }
        if (length > 1 && text[start] == '-' && text[start + 1] == 'I') {
            return MINUS_INFINITY;
        }
        return -1;
    }

    private static int decimal(byte[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }
}
