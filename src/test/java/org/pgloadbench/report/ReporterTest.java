package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/** The reporter on a real quick-profile result file from the development VM, and on a doctored twin. */
class ReporterTest {
    @TempDir
    static Path directory;

    private static Path run;

    @BeforeAll
    static void copyFixture() throws IOException {
        System.setProperty("java.awt.headless", "true");
        run = directory.resolve("run.json");
        try (InputStream in = ReporterTest.class.getResourceAsStream("/results/small-run.json")) {
            Files.copy(in, run);
        }
    }

    @Test
    void oneRunGivesChartsInPngAndSvgPlusHtmlAndMarkdown() throws IOException {
        List<Path> written = Reporter.render(List.of(run), directory.resolve("one"));
        List<String> names =
                written.stream().map(path -> path.getFileName().toString()).toList();
        assertEquals(
                List.of(
                        "run_rows-per-second.png",
                        "run_rows-per-second.svg",
                        "run_speedup.png",
                        "run_speedup.svg",
                        "run.html",
                        "run.md"),
                names,
                "no rows-per-statement chart: this run did not sweep it");

        for (Path png : written.stream()
                .filter(path -> path.toString().endsWith(".png"))
                .toList()) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1200, image.getWidth(), png.toString());
            assertEquals(700, image.getHeight(), png.toString());
        }
        for (Path svg : written.stream()
                .filter(path -> path.toString().endsWith(".svg"))
                .toList()) {
            String text = Files.readString(svg);
            assertTrue(
                    text.startsWith("<?xml") && text.contains("<svg") && text.contains("width=\"1200"), svg.toString());
        }
        String html = Files.readString(directory.resolve("one/run.html"));
        assertTrue(html.contains("Content-Security-Policy"));
        assertTrue(
                html.contains("<td><a href=\"../TUTORIAL.md#copy_binary\">COPY_BINARY</a></td>"),
                "each strategy links to its tutorial section");
        assertTrue(
                html.contains("class=\"claims\"")
                        && html.contains("Binary COPY is typically 10-20% faster than text COPY"),
                "the claims table");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing to fetch");
        assertTrue(Files.readString(directory.resolve("one/run.md")).contains("| COPY_BINARY | 500,000 | 729,353 |"));
    }

    @Test
    void sweptRunAlsoGetsTheRowsPerStatementChart() throws IOException {
        Path swept = withSecondRowsPerStatement();
        List<Path> written = Reporter.render(List.of(swept), directory.resolve("swept"));
        assertTrue(written.stream()
                .anyMatch(path -> path.getFileName().toString().equals("swept_rows-per-statement.png")));
    }

    /** Every parameter a strategy declares gets its sweep chart, with no code naming it. */
    @Test
    void aConnectionsSweepGetsItsChart() throws IOException {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ArrayNode jmh = (ArrayNode) result.path("jmh");
        ObjectNode binary = (ObjectNode) jmh.get(jmh.size() - 1);
        String readerOfConnections = Arrays.stream(Strategy.values())
                .filter(strategy -> strategy.reads(StrategyParameter.CONNECTIONS))
                .findFirst()
                .orElseThrow()
                .name();
        for (String connections : new String[] {"1", "2"}) {
            ObjectNode parallel = binary.deepCopy();
            ((ObjectNode) parallel.path("params"))
                    .put("strategy", readerOfConnections)
                    .put("connections", connections);
            jmh.add(parallel);
        }
        Path swept = directory.resolve("parallel.json");
        new ObjectMapper().writeValue(swept.toFile(), result);

        List<Path> written = Reporter.render(List.of(swept), directory.resolve("parallel"));
        assertTrue(
                written.stream().anyMatch(path -> path.getFileName().toString().equals("parallel_connections.png")),
                written.toString());
    }

    /** The same strategy at two load sizes gets the rows-per-load chart: is a row's cost flat? */
    @Test
    void aRowsSweepGetsItsChart() throws IOException {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ArrayNode jmh = (ArrayNode) result.path("jmh");
        ObjectNode smaller = jmh.get(jmh.size() - 1).deepCopy();
        ((ObjectNode) smaller.path("params")).put("rows", "50000");
        jmh.add(smaller);
        Path swept = directory.resolve("rows.json");
        new ObjectMapper().writeValue(swept.toFile(), result);

        List<Path> written = Reporter.render(List.of(swept), directory.resolve("rows"));
        assertTrue(
                written.stream().anyMatch(path -> path.getFileName().toString().equals("rows_rows-per-load.png")),
                written.toString());
    }

    /** A run over two tables ranks its strategies per table, and shows MB/s from the widths it measured. */
    @Test
    void aRunOverTwoTablesGetsTheRankingChartAndMegabytesPerSecond() throws IOException {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ArrayNode jmh = (ArrayNode) result.path("jmh");
        for (int i = jmh.size() - 1; i >= 0; i--) {
            ObjectNode wide = jmh.get(i).deepCopy();
            ((ObjectNode) wide.path("params")).put("table", "wide");
            jmh.add(wide);
        }
        ArrayNode widths = result.putArray("rowWidths");
        widths.addObject()
                .put("table", "users")
                .put("dataset", "USERS")
                .put("textBytesPerRow", 80.0)
                .put("rowsMeasured", 100_000);
        Path twoTables = directory.resolve("two-tables.json");
        new ObjectMapper().writeValue(twoTables.toFile(), result);

        List<Path> written = Reporter.render(List.of(twoTables), directory.resolve("tables"));
        assertTrue(
                written.stream()
                        .anyMatch(path -> path.getFileName().toString().equals("two-tables_ranking-per-table.png")),
                written.toString());
        String markdown = Files.readString(directory.resolve("tables/two-tables.md"));
        assertTrue(markdown.contains("| COPY_BINARY | 500,000 | 729,353 | 18,600 | 58.3 | 131.4 |"), markdown);
        assertTrue(
                markdown.contains("| COPY_BINARY [wide] | 500,000 | 729,353 | 18,600 | n/a | 131.4 |"),
                "no width measured for wide: " + markdown);
    }

    @Test
    void severalRunsGetTheCrossRunChartAndShareOfBest() throws IOException {
        Path twin = directory.resolve("twin.json");
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ((ObjectNode) result.path("environment").path("postgres").path("settings")).put("synchronous_commit", "off");
        new ObjectMapper().writeValue(twin.toFile(), result);

        List<Path> written = Reporter.render(List.of(run, twin), directory.resolve("two"));
        assertTrue(
                written.stream().anyMatch(path -> path.getFileName().toString().endsWith("_rows-per-second.png")));
        assertTrue(
                written.stream().anyMatch(path -> path.getFileName().toString().endsWith("_ratio-to-run-1.png")),
                "ratios to run 1 on a linear axis");
        String html = Files.readString(written.stream()
                .filter(path -> path.toString().endsWith(".html"))
                .findFirst()
                .orElseThrow());
        assertTrue(html.contains("<table class=\"ratios\">"));
        assertTrue(
                html.contains("synchronous_commit: on (baseline) vs off (current)"),
                "the difference is named beside the comparison");
        assertTrue(html.contains("<strong>1.00</strong>"), "identical runs are both at the best: geometric mean 1.00");
    }

    /** A later run that lacks one of run 1's benchmarks (another profile, a skipped strategy) still gets its ratios. */
    @Test
    void runsWithDifferentBenchmarksGetRatiosOverTheSharedOnes() throws IOException {
        Path fewer = directory.resolve("fewer.json");
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ((ArrayNode) result.path("jmh")).remove(0);
        new ObjectMapper().writeValue(fewer.toFile(), result);

        List<Path> written = Reporter.render(List.of(run, fewer), directory.resolve("fewer-charts"));
        assertTrue(
                written.stream().anyMatch(path -> path.getFileName().toString().endsWith("_ratio-to-run-1.png")),
                written.toString());
    }

    @Test
    void eachSetOfRunsGetsItsOwnComparisonNamesAndKeepsThem() {
        String ab = Reporter.baseName(List.of("A", "B"));
        assertTrue(ab.matches("comparison_A_and_1-more_[0-9a-f]{8}"), ab);
        assertNotEquals(ab, Reporter.baseName(List.of("A", "C")), "report A C must not replace report A B's page");
        assertNotEquals(
                Reporter.baseName(List.of("A", "B", "C")),
                Reporter.baseName(List.of("A", "C", "B")),
                "the order is part of it: run 1 is the one the others are compared with");
        assertEquals(ab, Reporter.baseName(List.of("A", "B")), "re-rendering replaces the same files");
        assertEquals("A", Reporter.baseName(List.of("A")));
    }

    @Test
    void figuresComeFromTheRawSamplesNotTheStoredSummary() throws IOException {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ((ObjectNode) result.path("summary").get(5)).put("rowsPerSecond", 99_999_999.0);
        Path lying = directory.resolve("lying.json");
        new ObjectMapper().writeValue(lying.toFile(), result);

        Reporter.render(List.of(lying), directory.resolve("lying"));
        String markdown = Files.readString(directory.resolve("lying/lying.md"));
        assertTrue(markdown.contains("| COPY_BINARY | 500,000 | 729,353 |"), markdown);
        assertFalse(markdown.contains("99,999,999"), markdown);
    }

    private Path withSecondRowsPerStatement() throws IOException {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(run.toFile());
        ArrayNode jmh = (ArrayNode) result.path("jmh");
        for (int i = 0; i < jmh.size(); i++) {
            if (jmh.get(i).path("params").path("strategy").asText().equals("UNNEST_ARRAYS")) {
                ObjectNode copy = jmh.get(i).deepCopy();
                ((ObjectNode) copy.path("params")).put("rowsPerStatement", "100");
                jmh.add(copy);
                break;
            }
        }
        Path swept = directory.resolve("swept.json");
        new ObjectMapper().writeValue(swept.toFile(), result);
        return swept;
    }
}
