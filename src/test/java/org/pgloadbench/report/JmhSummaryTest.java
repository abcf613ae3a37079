package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals("USERS", autocommit.params().get("dataset"), "files from before the parameter existed match new ones");
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
        assertEquals(true, table.lines().anyMatch(line -> line.startsWith("COPY_BINARY") && line.matches(".*  250\\.0  +100\\.0%.*")), table);
    }

    static com.fasterxml.jackson.databind.JsonNode fixture(String name) {
        try (InputStream in = JmhSummaryTest.class.getResourceAsStream("/" + name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
