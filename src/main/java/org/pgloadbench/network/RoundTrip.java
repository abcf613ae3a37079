package org.pgloadbench.network;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pgloadbench.result.Environment;

/**
 * A network round-trip time to add between the benchmarks and the server, as {@code --rtt} spells
 * it: {@code 0}, {@code 0.5ms}, {@code 2ms}, {@code 500us}. A unit is required for anything but
 * zero, so nobody measures 2 seconds believing they asked for 2 ms.
 */
public record RoundTrip(long nanos) {
    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|us|µs)?");
    /** Past this an RTT says more about the proxy's patience than about any network people load over. */
    private static final long MAX_NANOS = 1_000_000_000L;
    /** Below a microsecond a delay rounds to nothing, and a run through the proxy would be labelled with a delay it never added. */
    private static final long MIN_NANOS = 1_000L;

    public static RoundTrip parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            double value = Double.parseDouble(matcher.group(1));
            String unit = matcher.group(2);
            if (unit == null && value == 0) {
                return new RoundTrip(0);
            }
            if (unit != null) {
                long nanos = Math.round(value * (unit.equals("ms") ? 1e6 : 1e3));
                if (value > 0 && nanos < MIN_NANOS) {
                    throw new IllegalArgumentException("--rtt " + text.strip() + " is less than the latency proxy "
                            + "can add (1us at the least); give 0 for no added round trip");
                }
                if (nanos <= MAX_NANOS) {
                    return new RoundTrip(nanos);
                }
            }
        }
        throw new IllegalArgumentException(
                "--rtt " + text.strip() + ": give round-trip times such as 0, 0.5ms, 2ms or 500us "
                        + "(a unit for anything but 0, at most 1000ms)");
    }

    public double millis() {
        return nanos / 1e6;
    }

    /** {@code 0.5ms}, {@code 2ms}: for file names, labels and headings. */
    public String label() {
        return Environment.Network.millisText(millis()) + "ms";
    }
}
