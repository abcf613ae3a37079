package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.strategy.Strategy;

/** Every claim in claims.json, checked against summaries made up to land inside, above and below its range. */
class ClaimsTest {
    private static final double SLOWER_ROWS_PER_SECOND = 100_000;

    private static SummaryRow row(String strategy, double rowsPerSecond, Map<String, String> params) {
        return new SummaryRow(strategy, 100_000, params, rowsPerSecond, null, 10);
    }

    /** Claims whose two sides are different strategies with no parameter to match: a made-up run can put each anywhere. */
    private static List<Claims.Claim> plainClaims() {
        return Claims.all().stream()
                .filter(claim -> claim.faster().params() == null
                        && claim.slower().params() == null
                        && claim.faster().strategies().stream()
                                .noneMatch(claim.slower().strategies()::contains))
                .toList();
    }

    private static String verdict(Claims.Claim claim, double ratio, Map<String, String> fasterParams) {
        List<SummaryRow> summary = List.of(
                row(claim.faster().strategies().get(0), SLOWER_ROWS_PER_SECOND * ratio, fasterParams),
                row(claim.slower().strategies().get(0), SLOWER_ROWS_PER_SECOND, Map.of()));
        return Claims.table(summary).rows().stream()
                .filter(row -> row.get(0).equals(claim.claim()))
                .findFirst()
                .orElseThrow()
                .get(5);
    }

    @Test
    void everyClaimNamesStrategiesTheSuiteHas() {
        for (Claims.Claim claim : Claims.all()) {
            List<String> named = new ArrayList<>(claim.faster().strategies());
            named.addAll(claim.slower().strategies());
            named.forEach(name -> assertTrue(Strategy.named(name).isPresent(), claim.claim() + " names " + name));
            assertTrue(claim.low() <= claim.high(), claim.claim());
        }
    }

    @Test
    void theVerdictComesFromTheRatioOfTheRun() {
        assertFalse(plainClaims().isEmpty());
        for (Claims.Claim claim : plainClaims()) {
            assertEquals(
                    "holds",
                    verdict(claim, (claim.low() + Math.min(claim.high(), 2 * claim.low())) / 2, Map.of()),
                    claim.claim());
            assertEquals("smaller here", verdict(claim, claim.low() / 2, Map.of()), claim.claim());
            if (claim.high() < 100) {
                assertEquals("larger here", verdict(claim, claim.high() * 2, Map.of()), claim.claim());
            }
        }
    }

    @Test
    void aClaimWhoseStrategiesTheRunDidNotMeasureSaysSo() {
        Claims.table(List.of()).rows().forEach(row -> assertEquals("not measured in this run", row.get(5), row.get(0)));
        assertTrue(Claims.text(List.of()).isEmpty(), "no claims table for a run that measured none");
    }

    @Test
    void eachSideIsItsBestMatchOnThePlainTableOnly() {
        Claims.Claim claim = plainClaims().get(0);
        String faster = claim.faster().strategies().get(0);
        double inRange = (claim.low() + Math.min(claim.high(), 2 * claim.low())) / 2;
        List<SummaryRow> summary = List.of(
                row(faster, SLOWER_ROWS_PER_SECOND * claim.high() * 10, Map.of("table", "wide")),
                row(faster, SLOWER_ROWS_PER_SECOND * inRange, Map.of("table", "users")),
                row(claim.slower().strategies().get(0), SLOWER_ROWS_PER_SECOND, Map.of()));
        List<String> measured = Claims.table(summary).rows().stream()
                .filter(row -> row.get(0).equals(claim.claim()))
                .findFirst()
                .orElseThrow();
        assertEquals("holds", measured.get(5), "the wide table's figure is not the claim's: " + measured);
    }
}
