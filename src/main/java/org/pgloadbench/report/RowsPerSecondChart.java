package org.pgloadbench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Bars of rows/sec per strategy on a log axis (the strategies span three orders of magnitude),
 * with 99.9% error bars. Titled with the machine, server and durability settings, because a
 * rows/sec figure means nothing without them.
 */
public final class RowsPerSecondChart {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;
    /** An interval wider than a decade either way says "unknown"; it is drawn as one decade. */
    private static final double MAX_ERROR_FACTOR = 10;

    private RowsPerSecondChart() {
    }

    public static Path renderPng(ResultFile result, Path file) throws IOException {
        List<SummaryRow> rows = result.summary();
        List<String> labels = rows.stream().map(row -> BenchmarkLabel.of(row) + " · " + RowCounts.compact(row.rows()) + " rows").toList();
        List<Double> values = rows.stream().map(SummaryRow::rowsPerSecond).toList();
        List<Double> errors = rows.stream().map(RowsPerSecondChart::logAxisErrorFactor).toList();

        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(ChartTitles.of("Rows per second by load strategy", result))
                .xAxisTitle("strategy · rows per load")
                .yAxisTitle("rows per second (log scale, 99.9% error bars)")
                .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(40);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColor(Color.WHITE);
        chart.getStyler().setLabelsPosition(0.85);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x33, 0x66, 0x99)});
        chart.addSeries("rows/sec", labels, values, errors);
        // Bars start at the axis minimum, which XChart puts at 0 unless told: a log axis needs decades.
        chart.getStyler().setYAxisMin(decadeBelow(rows.stream().mapToDouble(row -> row.rowsPerSecond() / logAxisErrorFactor(row)).min().orElse(1)));
        chart.getStyler().setYAxisMax(decadeAbove(rows.stream().mapToDouble(row -> row.rowsPerSecond() * logAxisErrorFactor(row)).max().orElse(10)));

        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".chart", ".png");
        try {
            BitmapEncoder.saveBitmap(chart, temporary.toString(), BitmapEncoder.BitmapFormat.PNG);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    static double decadeAbove(double value) {
        return Math.pow(10, Math.ceil(Math.log10(value)));
    }

    /**
     * On a log axis XChart 3.8 draws an error bar of e as log10(e) decades either side of the value,
     * i.e. from value / e to value * e. So the bar gets the factor 1 + error / value: its top is
     * exactly value + error and its bottom stays above zero; a factor of one draws nothing.
     */
    static double logAxisErrorFactor(SummaryRow row) {
        double error = row.rowsPerSecondError() == null ? 0 : row.rowsPerSecondError();
        return Math.min(1 + error / row.rowsPerSecond(), MAX_ERROR_FACTOR);
    }
}
