package org.pgloadbench.report;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * Bars of rows/sec per strategy on a log axis (the strategies span three orders of magnitude),
 * with 99.9% error bars. Titled with the machine, server and durability settings, because a
 * rows/sec figure means nothing without them.
 */
final class RowsPerSecondChart implements ChartRenderer {
    /** An interval wider than a decade either way says "unknown"; it is drawn as one decade. */
    private static final double MAX_ERROR_FACTOR = 10;

    private static final int MAX_BARS_WITH_FIGURES = 20;

    @Override
    public String name() {
        return "rows-per-second";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return report.single().map(RowsPerSecondChart::chart);
    }

    static CategoryChart chart(ResultFile result) {
        List<SummaryRow> rows = result.summary();
        List<String> labels = rows.stream().map(BenchmarkLabel::withRows).toList();
        List<Double> values = rows.stream().map(SummaryRow::rowsPerSecond).toList();
        List<Double> errors =
                rows.stream().map(RowsPerSecondChart::logAxisErrorFactor).toList();

        CategoryChart chart = ChartStyle.logBarChart(
                ChartTitles.of("Rows/sec by load strategy", result),
                "strategy · rows per load",
                "rows per second (log scale, 99.9% error bars)");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        // Past this many bars a figure no longer fits inside its bar: the table beside the chart has them.
        chart.getStyler().setLabelsVisible(rows.size() <= MAX_BARS_WITH_FIGURES);
        chart.addSeries("rows/sec", labels, values, errors);
        // Bars start at the axis minimum, which XChart puts at 0 unless told: a log axis needs decades.
        chart.getStyler()
                .setYAxisMin(ChartStyle.decadeBelow(rows.stream()
                        .mapToDouble(row -> row.rowsPerSecond() / logAxisErrorFactor(row))
                        .min()
                        .orElse(1)));
        chart.getStyler()
                .setYAxisMax(ChartStyle.decadeAbove(rows.stream()
                        .mapToDouble(row -> row.rowsPerSecond() * logAxisErrorFactor(row))
                        .max()
                        .orElse(10)));
        return chart;
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
