package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes dates and Unix-epoch microseconds as PostgreSQL date, timestamp and timestamptz input
 * text in UTC: {@code 2021-03-04}, {@code 2021-03-04 05:06:07.000008} and
 * {@code 2021-03-04 05:06:07.000008+00}; years before 1 AD with a trailing {@code BC}, and the
 * infinities ({@link ColumnType#INFINITY}) as {@code infinity}. Written by hand because it runs once
 * per value inside the measured load, where {@code DateTimeFormatter} would allocate and parse patterns.
 */
public final class TimestampText {
    /** Enough for a seven-digit year, a zone and an era. */
    public static final int MAX_LENGTH = 40;

    private static final byte[] INFINITY = "infinity".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MINUS_INFINITY = "-infinity".getBytes(StandardCharsets.US_ASCII);

    private TimestampText() {}

    /** A timestamptz at {@code position}; returns the position after it. */
    public static int write(long epochMicros, byte[] out, int position) {
        return write(epochMicros, true, out, position);
    }

    /** A timestamp, with the {@code +00} zone if {@code withZone}; returns the position after it. */
    public static int write(long epochMicros, boolean withZone, byte[] out, int position) {
        if (epochMicros == ColumnType.INFINITY || epochMicros == ColumnType.MINUS_INFINITY) {
            return infinity(epochMicros, out, position);
        }
        long epochSecond = Math.floorDiv(epochMicros, 1_000_000L);
        int micros = (int) Math.floorMod(epochMicros, 1_000_000L);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L));
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        position = writeDay(date, out, position);
        out[position++] = ' ';
        position = digits(secondOfDay / 3600, 2, out, position);
        out[position++] = ':';
        position = digits(secondOfDay / 60 % 60, 2, out, position);
        out[position++] = ':';
        position = digits(secondOfDay % 60, 2, out, position);
        out[position++] = '.';
        position = digits(micros, 6, out, position);
        if (withZone) {
            out[position++] = '+';
            out[position++] = '0';
            out[position++] = '0';
        }
        return era(date, out, position);
    }

    /** A date given as days since 1970-01-01; returns the position after it. */
    public static int writeDate(long epochDay, byte[] out, int position) {
        if (epochDay == ColumnType.INFINITY || epochDay == ColumnType.MINUS_INFINITY) {
            return infinity(epochDay, out, position);
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return era(date, out, writeDay(date, out, position));
    }

    /** The timestamptz text as a String, for APIs that take one (unnest's text[] parameter, psql scripts). */
    public static String format(long epochMicros) {
        return format(epochMicros, true);
    }

    public static String format(long epochMicros, boolean withZone) {
        byte[] text = new byte[MAX_LENGTH];
        return new String(text, 0, write(epochMicros, withZone, text, 0), StandardCharsets.ISO_8859_1);
    }

    public static String formatDate(long epochDay) {
        byte[] text = new byte[MAX_LENGTH];
        return new String(text, 0, writeDate(epochDay, text, 0), StandardCharsets.ISO_8859_1);
    }

    /** Year (of its era, at least four digits), month and day. */
    private static int writeDay(LocalDate date, byte[] out, int position) {
        int year = date.getYear() > 0 ? date.getYear() : 1 - date.getYear();
        position = year > 9999
                ? digits(year, Integer.toString(year).length(), out, position)
                : digits(year, 4, out, position);
        out[position++] = '-';
        position = digits(date.getMonthValue(), 2, out, position);
        out[position++] = '-';
        return digits(date.getDayOfMonth(), 2, out, position);
    }

    private static int era(LocalDate date, byte[] out, int position) {
        if (date.getYear() > 0) {
            return position;
        }
        out[position++] = ' ';
        out[position++] = 'B';
        out[position++] = 'C';
        return position;
    }

    private static int infinity(long value, byte[] out, int position) {
        byte[] text = value == ColumnType.INFINITY ? INFINITY : MINUS_INFINITY;
        System.arraycopy(text, 0, out, position, text.length);
        return position + text.length;
    }

    private static int digits(int value, int width, byte[] out, int position) {
        for (int i = position + width - 1; i >= position; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return position + width;
    }
}
