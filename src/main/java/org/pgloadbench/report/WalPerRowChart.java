package org.pgloadbench.report;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * WAL bytes written per row loaded. A row costs its own size in WAL plus a record header, less
 * where COPY inserts many rows per record; a commit per row adds a commit record and a flush; the
 * first change to each page after a checkpoint adds a full-page image; an unlogged table writes
 * almost nothing. On a linear axis, so "almost nothing" looks like it.
 */
final class WalPerRowChart implements ChartRenderer {
    @Override
    public String name() {
        return "wal-per-row";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return report.single().flatMap(WalPerRowChart::chart);
    }

    /** Empty when no load in the run measured its WAL (a file from before the accounting). */
    static Optional<CategoryChart> chart(ResultFile result) {
        List<SummaryRow> rows = result.summary().stream()
                .filter(row -> row.walBytesPerRow() != null)
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(ChartTitles.of("WAL bytes per row", result))
                .xAxisTitle("strategy · rows per load")
                .yAxisTitle("WAL bytes per row (whole server)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        ChartStyle.uprightCategoryLabels(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setSeriesColors(new Color[] {ChartStyle.PALETTE[2]});
        chart.addSeries(
                "WAL bytes/row",
                rows.stream().map(BenchmarkLabel::withRows).toList(),
                rows.stream().map(SummaryRow::walBytesPerRow).toList());
        return Optional.of(chart);
    }
}
