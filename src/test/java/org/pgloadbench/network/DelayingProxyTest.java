package org.pgloadbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.UserError;
import org.pgloadbench.result.Environment;
import org.pgloadbench.server.ConnectionSettings;

/** The proxy against a real server: data passes both ways unchanged, and a calibrated delay is what it claims. */
class DelayingProxyTest {
    private final ConnectionSettings direct = EmbeddedPostgresForTests.server().connection();

    @Test
    void relaysQueriesAndResultsUnchanged() throws Exception {
        try (DelayingProxy proxy = DelayingProxy.start(direct.serverAddress(), 200_000);
                Connection c = direct.through(proxy.address()).open();
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT string_agg(md5(i::text), '') FROM generate_series(1, 20000) i")) {
            rows.next();
            assertEquals(20_000 * 32, rows.getString(1).length(), "640 kB came back through the proxy whole");
        }
    }

    @Test
    void aCalibratedRoundTripIsWithinTenPercentOfTheOneAsked() throws Exception {
        try (DelayingProxy proxy = DelayingProxy.start(direct.serverAddress(), 0)) {
            Environment.Network measured = calibrated(proxy);

            assertEquals(1.0, measured.askedRttMillis());
            assertTrue(Math.abs(measured.measuredRttMillis() - 1.0) <= 0.1, measured.describe());
            assertTrue(measured.roundTripMillis() > measured.directRoundTripMillis(), measured.describe());
            // Checked independently of the calibration's own measurement. Two medians taken later on two
            // shared cores: 0.15 ms of slack failed several runs of the suite here (re-measured 0.846, 0.867 and
            // 1.228 ms re-measured); a proxy that does not delay, or delays twice, is still far outside 0.25.
            double again =
                    RoundTripCheck.medianMillis(direct.through(proxy.address())) - RoundTripCheck.medianMillis(direct);
            assertTrue(Math.abs(again - 1.0) <= 0.25, "re-measured " + again + " ms; " + measured.describe());
        }
    }

    /**
     * The calibration, given three tries: on two shared cores one in many lands on a scheduling
     * hiccup (CI measured 2.333 ms for 1 ms once, with nothing else running); a proxy that cannot hold
     * 1 ms fails all three, and the last refusal is the test's failure.
     */
    private Environment.Network calibrated(DelayingProxy proxy) throws Exception {
        UserError last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return RoundTripCheck.calibrate(proxy, RoundTrip.parse("1ms"), direct, direct.through(proxy.address()));
            } catch (UserError refused) {
                last = refused;
            }
        }
        throw last;
    }
}
