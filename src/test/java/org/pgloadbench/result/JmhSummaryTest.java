package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgloadbench.report.SummaryTable;

class JmhSummaryTest {
    private final List<SummaryRow> summary = JmhSummary.summarize(fixture("jmh/two-benchmarks.json"));

    @Test
    void convertsTimePerLoadToRowsPerSecond() {
        SummaryRow autocommit = summary.get(0);
        assertEquals("INSERT_AUTOCOMMIT", autocommit.strategy());
        assertEquals(1_000, autocommit.rows());
        assertEquals(2_000, autocommit.rowsPerSecond(), 1e-9, "1000 rows in 500 ms");
        assertEquals(3, autocommit.samples());
        assertEquals("1000", autocommit.params().get("rowsPerStatement"));
        assertEquals(
                "USERS", autocommit.params().get("dataset"), "files from before the parameter existed match new ones");
    }

    @Test
    void carriesTheErrorThroughRowsOverTime() {
        // rows * error / t^2 = 1000 * 0.05 / 0.25
        assertEquals(200, summary.get(0).rowsPerSecondError(), 1e-9);
    }

    @Test
    void readsNanWrittenAsAStringAndOtherTimeUnits() {
        SummaryRow copy = summary.get(1);
        assertEquals(500_000, copy.rowsPerSecond(), 1e-6, "100000 rows in 0.2 s");
        assertNull(copy.rowsPerSecondError());
    }

    @Test
    void tableShowsSpeedUpOverAutocommit() {
        String table = SummaryTable.render(summary, null);
        assertEquals(
                true,
                table.lines()
                        .anyMatch(line -> line.startsWith("COPY_BINARY") && line.matches(".*  250\\.0  +100\\.0%.*")),
                table);
    }

    /** Costs are matched under the key the run's forks logged them with, before later parameters were filled in. */
    @Test
    void costsLoggedBeforeLaterParametersExistedStillMatch() {
        var jmh = fixture("jmh/two-benchmarks.json");
        String loggedKey = JmhBenchmark.key(
                "COPY_BINARY", 100_000, java.util.Map.of("badRowPercent", "1.0", "rowsPerStatement", "1000"));
        LoadCost load = new LoadCost(
                100_000, 200_000_000L, 15_000_000L, 100_000L, 10L, 190_000_000L, 1, 80_000_000L, null, null);
        List<SummaryRow> costed =
                JmhSummary.summarize(jmh, List.of(new BenchmarkCosts(loggedKey, List.of(load), java.util.Map.of())));

        assertEquals(150.0, costed.get(1).walBytesPerRow(), 1e-9);
        assertEquals(0.95, costed.get(1).serverBusyShare(), 1e-9);
        assertNull(costed.get(0).walBytesPerRow(), "no costs logged for autocommit");
    }

    static com.fasterxml.jackson.databind.JsonNode fixture(String name) {
        try (InputStream in = JmhSummaryTest.class.getResourceAsStream("/" + name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
