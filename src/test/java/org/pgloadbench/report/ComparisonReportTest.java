package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pgloadbench.compare.Comparison;
import org.pgloadbench.compare.Verdict;

/** Every format shows a benchmark with too few samples as such, and the tally counts it. */
class ComparisonReportTest {
    private final Comparison comparison = new Comparison(
            "a.json",
            "b.json",
            10,
            0.01,
            List.of(),
            List.of(),
            List.of(
                    new Comparison.Row(
                            "COPY_BINARY · 500k rows",
                            "COPY_BINARY",
                            500_000,
                            Map.of(),
                            714_286.0,
                            71_429.0,
                            -90.0,
                            null,
                            null,
                            "confidence_intervals",
                            1,
                            1,
                            Verdict.TOO_FEW_SAMPLES),
                    new Comparison.Row(
                            "COPY_TEXT · 500k rows",
                            "COPY_TEXT",
                            500_000,
                            Map.of(),
                            400_000.0,
                            401_000.0,
                            0.25,
                            0.41,
                            -3.5,
                            "mann_whitney",
                            10,
                            10,
                            Verdict.SAME)));

    @Test
    void text() {
        String text = ComparisonReport.render(comparison, ComparisonReport.Format.TEXT);
        assertTrue(
                text.contains(
                        "COPY_BINARY · 500k rows         714,286          71,429    -90.0%         ci          -  too few samples\n"),
                text);
        assertTrue(text.contains("0 slower, 0 faster, 1 same, 1 with too few samples.\n"), text);
        assertTrue(text.contains("0.4100      -3.5%  same"), "the fork gap beside p: " + text);
        String rule =
                text.lines().filter(line -> line.startsWith("---")).findFirst().orElseThrow();
        String row = text.lines()
                .filter(line -> line.startsWith("COPY_BINARY"))
                .findFirst()
                .orElseThrow();
        assertEquals(rule.length(), row.length(), "the rule spans the verdict column too");
    }

    @Test
    void markdown() {
        String markdown = ComparisonReport.render(comparison, ComparisonReport.Format.MARKDOWN);
        assertTrue(
                markdown.contains("| COPY_BINARY · 500k rows | 714,286 | 71,429 | -90.0% | ci | - | too few samples |"),
                markdown);
        assertTrue(markdown.contains("0 slower, 0 faster, 1 same, 1 with too few samples."), markdown);
    }

    @Test
    void json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ComparisonReport.render(comparison, ComparisonReport.Format.JSON));
        assertEquals(
                "TOO_FEW_SAMPLES",
                json.path("benchmarks").get(0).path("verdict").asText());
    }
}
