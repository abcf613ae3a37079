package org.pgloadbench.strategy;

import java.time.LocalDate;

/**
 * Formats Unix-epoch microseconds as PostgreSQL timestamptz input text in UTC:
 * {@code 2021-03-04 05:06:07.000008+00}. Written by hand because it runs once per row inside the
 * measured load, where {@code DateTimeFormatter} would allocate and parse patterns.
 */
public final class TimestampText {
    /** Enough for a six-digit year; PostgreSQL accepts years up to 294276. */
    static final int MAX_LENGTH = 32;

    private TimestampText() {
    }

    /** Writes the text at {@code position} and returns the position after it. */
    static int write(long epochMicros, byte[] out, int position) {
        long epochSecond = Math.floorDiv(epochMicros, 1_000_000L);
        int micros = (int) Math.floorMod(epochMicros, 1_000_000L);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L));
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        int year = date.getYear();
        if (year < 1) {
            throw new IllegalArgumentException("years before 1 AD are not supported: " + epochMicros);
        }
        position = year > 9999 ? digits(year, Integer.toString(year).length(), out, position)
                               : digits(year, 4, out, position);
        out[position++] = '-';
        position = digits(date.getMonthValue(), 2, out, position);
        out[position++] = '-';
        position = digits(date.getDayOfMonth(), 2, out, position);
        out[position++] = ' ';
        position = digits(secondOfDay / 3600, 2, out, position);
        out[position++] = ':';
        position = digits(secondOfDay / 60 % 60, 2, out, position);
        out[position++] = ':';
        position = digits(secondOfDay % 60, 2, out, position);
        out[position++] = '.';
        position = digits(micros, 6, out, position);
        out[position++] = '+';
        out[position++] = '0';
        out[position++] = '0';
        return position;
    }

    /** The same text as a String, for APIs that take one (unnest's text[] parameter, psql scripts). */
    public static String format(long epochMicros) {
        byte[] text = new byte[MAX_LENGTH];
        int length = write(epochMicros, text, 0);
        return new String(text, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int digits(int value, int width, byte[] out, int position) {
        for (int i = position + width - 1; i >= position; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return position + width;
    }
}
