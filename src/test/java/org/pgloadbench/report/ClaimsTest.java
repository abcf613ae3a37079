package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pgloadbench.strategy.Strategy;

class ClaimsTest {
    private static SummaryRow row(String strategy, double rowsPerSecond, Map<String, String> params) {
        return new SummaryRow(strategy, 100_000, params, rowsPerSecond, null, 10);
    }

    private static String verdict(List<SummaryRow> summary, String claimStart) {
        return Claims.table(summary).rows().stream().filter(row -> row.get(0).startsWith(claimStart)).findFirst().orElseThrow().get(5);
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
        List<SummaryRow> summary = List.of(row("COPY_TEXT", 100_000, Map.of()), row("COPY_BINARY", 115_000, Map.of()),
                row("INSERT_AUTOCOMMIT", 1_000, Map.of()), row("INSERT_TRANSACTION", 1_500, Map.of()));
        assertEquals("holds", verdict(summary, "Binary COPY is typically 10-20%"));
        assertEquals("larger here", verdict(summary, "COPY loads about 10x"), "100x");
        assertEquals("smaller here", verdict(summary, "Wrapping single-row INSERTs"), "1.5x");
        assertEquals("not measured in this run", verdict(summary, "About 100 rows per INSERT statement"));
    }

    @Test
    void eachSideIsItsBestMatchOnThePlainTableOnly() {
        List<SummaryRow> summary = List.of(row("COPY_TEXT", 100_000, Map.of()),
                row("COPY_BINARY", 200_000, Map.of("table", "wide")), row("COPY_BINARY", 112_000, Map.of("table", "users")));
        List<String> binary = Claims.table(summary).rows().stream().filter(row -> row.get(0).startsWith("Binary COPY")).findFirst().orElseThrow();
        assertEquals("1.12×", binary.get(4), "the wide table's figure is not the claim's");
    }
}
