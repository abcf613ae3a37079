package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.result.CostFigures;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/** The cost charts are drawn for a run that measured its costs, and left out, not drawn empty, for one that did not. */
class CostChartsTest {
    @TempDir
    static Path directory;

    private static ResultFile withoutCosts;

    @BeforeAll
    static void readFixture() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path file = directory.resolve("run.json");
        try (InputStream in = CostChartsTest.class.getResourceAsStream("/results/small-run.json")) {
            Files.copy(in, file);
        }
        withoutCosts = NamedResult.read(file).result();
    }

    @Test
    void aRunWithoutCostsGetsNeitherChart() throws IOException {
        assertTrue(
                withoutCosts.summary().stream().allMatch(row -> row.walBytesPerRow() == null),
                "the fixture predates the accounting");
        assertEquals(Optional.empty(), TimeSplitChart.chart(withoutCosts));
        assertEquals(Optional.empty(), WalPerRowChart.chart(withoutCosts));
    }

    @Test
    void aRunWithCostsGetsBoth() throws IOException {
        List<SummaryRow> costed = withoutCosts.summary().stream()
                .map(row -> row.withCosts(new CostFigures(
                        150.0, 0.01, 0.5e6 / row.rowsPerSecond(), 0.3e6 / row.rowsPerSecond(), 0.5, 0.3)))
                .toList();
        ResultFile result = new ResultFile(
                withoutCosts.schemaVersion(),
                withoutCosts.createdAt(),
                withoutCosts.profile(),
                withoutCosts.environment(),
                withoutCosts.jmh(),
                costed,
                withoutCosts.psql(),
                withoutCosts.rowWidths(),
                null,
                null,
                null,
                null,
                null,
                null);

        ReportInput report =
                ReportInput.of(List.of(new NamedResult(directory.resolve("costed.json"), "costed", result)));
        for (ChartRenderer chart : List.of(new TimeSplitChart(), new WalPerRowChart())) {
            List<Path> written = chart.render(report, directory.resolve(chart.name()));
            assertEquals(2, written.size(), "PNG and SVG");
            BufferedImage image = ImageIO.read(written.get(0).toFile());
            assertEquals(1200, image.getWidth());
        }
    }
}
