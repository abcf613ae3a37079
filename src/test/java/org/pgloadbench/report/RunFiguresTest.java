package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pgloadbench.result.RowWidth;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.strategy.Strategy;

/** "x autocommit" compares each load with autocommit INSERTs into the same table, the same way. */
class RunFiguresTest {
    private static final String BASELINE = Strategy.BASELINE.name();

    @Test
    void eachTableIsComparedWithItsOwnBaseline() {
        SummaryRow usersBaseline = row(BASELINE, "users", "pk", 5_000);
        SummaryRow wideBaseline = row(BASELINE, "wide", "pk", 2_500);
        SummaryRow wideCopy = row("A_FAST_LOAD", "wide", "pk", 50_000);
        SummaryRow usersCopy = row("A_FAST_LOAD", "users", "pk", 500_000);
        RunFigures figures = new RunFigures(List.of(usersBaseline, wideBaseline, wideCopy, usersCopy), null);

        assertEquals(20.0, figures.speedup(wideCopy).getAsDouble(), 1e-9);
        assertEquals(100.0, figures.speedup(usersCopy).getAsDouble(), 1e-9);
        assertEquals(1.0, figures.speedup(wideBaseline).getAsDouble(), 1e-9);
    }

    @Test
    void aTableWithoutItsBaselineHasNoSpeedup() {
        RunFigures figures = new RunFigures(List.of(row(BASELINE, "users", "pk", 5_000)), null);

        assertTrue(figures.speedup(row("A_FAST_LOAD", "users", "pk+2", 100_000)).isEmpty(), "other indexes");
        assertTrue(figures.speedup(row("A_FAST_LOAD", "wide", "pk", 100_000)).isEmpty(), "other table");
    }

    @Test
    void resultFilesFromBeforeTablesHadShapesCompareAsUsersWithItsKey() {
        SummaryRow oldBaseline = new SummaryRow(BASELINE, 2_000, Map.of("dataset", "USERS"), 4_000, null, 5);
        RunFigures figures = new RunFigures(List.of(oldBaseline), null);

        assertEquals(
                2.0, figures.speedup(row("A_FAST_LOAD", "users", "pk", 8_000)).getAsDouble(), 1e-9);
    }

    @Test
    void megabytesPerSecondUseTheWidthOfTheTableLoadedAndShareOfFastestStaysWithinTheTable() {
        SummaryRow users = row("A_FAST_LOAD", "users", "pk", 500_000);
        SummaryRow wide = row("A_FAST_LOAD", "wide", "pk+2", 50_000);
        SummaryRow wideSlow = row(BASELINE, "wide", "pk+2", 5_000);
        RunFigures figures = new RunFigures(
                List.of(users, wide, wideSlow),
                List.of(new RowWidth("users", "USERS", 80, 100_000), new RowWidth("wide", "USERS", 1_500, 100_000)));

        assertEquals(40.0, figures.megabytesPerSecond(users).getAsDouble(), 1e-9);
        assertEquals(75.0, figures.megabytesPerSecond(wide).getAsDouble(), 1e-9);
        assertEquals(100.0, figures.percentOfFastest(wide), 1e-9);
        assertEquals(10.0, figures.percentOfFastest(wideSlow), 1e-9);
        assertTrue(
                figures.megabytesPerSecond(row("A_FAST_LOAD", "narrow", "pk", 1e6))
                        .isEmpty(),
                "no width measured");
        assertTrue(
                new RunFigures(List.of(users), null).megabytesPerSecond(users).isEmpty(), "a file from before MB/s");
    }

    /** Each load as a share of the server loading the same table from a file itself; past 100% is a finding, shown as it is. */
    @Test
    void percentOfTheServersOwnLoadComparesWithTheFasterFormatOfTheSameTable() {
        String ceiling = Strategy.CEILING.name();
        SummaryRow serverText = row(ceiling, "users", "pk", 400_000);
        SummaryRow serverBinary = row(ceiling, "users", "pk", 500_000);
        SummaryRow client = row("A_FAST_LOAD", "users", "pk", 450_000);
        SummaryRow parallel = row("A_PARALLEL_LOAD", "users", "pk", 750_000);
        RunFigures figures = new RunFigures(List.of(serverText, serverBinary, client, parallel), null);

        assertEquals(90.0, figures.percentOfCeiling(client).getAsDouble(), 1e-9);
        assertEquals(80.0, figures.percentOfCeiling(serverText).getAsDouble(), 1e-9);
        assertEquals(150.0, figures.percentOfCeiling(parallel).getAsDouble(), 1e-9);
        assertTrue(
                figures.percentOfCeiling(row("A_FAST_LOAD", "wide", "pk", 50_000))
                        .isEmpty(),
                "no server load of that table");
    }

    private static SummaryRow row(String strategy, String table, String indexes, double rowsPerSecond) {
        return new SummaryRow(
                strategy,
                1_000,
                Map.of("table", table, "indexes", indexes, "dataset", "USERS"),
                rowsPerSecond,
                null,
                5);
    }
}
