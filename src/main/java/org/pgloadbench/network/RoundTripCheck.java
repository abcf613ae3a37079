package org.pgloadbench.network;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.UserError;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.SampleStatistics;
import org.pgloadbench.server.ConnectionSettings;

/**
 * Measures what the proxy really adds before any number is trusted to it: the median of 1,000
 * {@code SELECT 1} round trips through the proxy minus the median of 1,000 straight to the server.
 * The proxy's own costs (the relay hop, waking its event loop) add to every delay, so a delay is
 * calibrated: set, measured, corrected by the difference, up to a few times, until the added round
 * trip is within {@value #AIM_PERCENT}% of the one asked for. The last measurement must be within
 * {@value #TOLERANCE_PERCENT}%: a run whose proxy cannot get there ends here rather than measure
 * under a wrong label.
 */
public final class RoundTripCheck {
    static final int TOLERANCE_PERCENT = 10;
    /** Calibration aims well inside the tolerance, so a noisy final measurement still passes honestly. */
    private static final int AIM_PERCENT = 3;

    private static final int ROUND_TRIPS = 1_000;
    private static final int WARM_UP = 200;
    private static final int CALIBRATIONS = 4;

    private RoundTripCheck() {}

    /** Sets the proxy's delay so it adds {@code asked}, and returns the final measurement. */
    public static Environment.Network calibrate(
            DelayingProxy proxy, RoundTrip asked, ConnectionSettings direct, ConnectionSettings proxied) {
        double directMillis = medianMillis(direct);
        proxy.setOneWayDelayNanos(asked.nanos() / 2);
        double through = medianMillis(proxied);
        if (asked.nanos() == 0) {
            return new Environment.Network(0, through - directMillis, through, directMillis);
        }
        for (int attempt = 1;
                attempt < CALIBRATIONS && !within(asked, through - directMillis, AIM_PERCENT);
                attempt++) {
            double errorMillis = (through - directMillis) - asked.millis();
            long corrected = proxy.oneWayDelayNanos() - Math.round(errorMillis * 1e6 / 2);
            if (corrected <= 0) {
                break;
            }
            proxy.setOneWayDelayNanos(corrected);
            through = medianMillis(proxied);
        }
        Environment.Network measured =
                new Environment.Network(asked.millis(), through - directMillis, through, directMillis);
        if (!within(asked, measured.measuredRttMillis(), TOLERANCE_PERCENT)) {
            throw new UserError("the latency proxy cannot add " + asked.label() + " here: " + measured.describe()
                    + ", more than " + TOLERANCE_PERCENT + "% off; ask for a larger --rtt");
        }
        return measured;
    }

    private static boolean within(RoundTrip asked, double addedMillis, int percent) {
        return Math.abs(addedMillis - asked.millis()) <= asked.millis() * percent / 100.0;
    }

    /** The median of 1,000 SELECT 1 round trips (one each) on one connection, after a warm-up. */
    static double medianMillis(ConnectionSettings connection) {
        try (Connection c = connection.open();
                Statement statement = c.createStatement()) {
            for (int i = 0; i < WARM_UP; i++) {
                statement.execute("SELECT 1");
            }
            List<Double> millis = new ArrayList<>(ROUND_TRIPS);
            for (int i = 0; i < ROUND_TRIPS; i++) {
                long start = System.nanoTime();
                statement.execute("SELECT 1");
                millis.add((System.nanoTime() - start) / 1e6);
            }
            return SampleStatistics.median(millis);
        } catch (SQLException e) {
            throw new UserError("cannot measure round trips to " + connection + ": " + e.getMessage(), e);
        }
    }
}
