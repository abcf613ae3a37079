package org.pgloadbench.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * Where the time goes: for each load, its server CPU, client CPU and waiting per row, as shares of
 * the wall time a row takes (printed under each bar in microseconds). The three do not simply add
 * up to the wall time: client and server run at once on different CPUs, so a COPY whose server is
 * busy all the time and whose client encodes alongside stacks past 100%; waiting is the part of
 * the wall time the two CPU times leave uncovered (round trips, flushes to disk, locks), a lower
 * bound where they overlap. A load whose bar
 * is mostly waiting is bound by neither side's CPU; one whose server CPU reaches 100% is the
 * server's own work per row.
 */
final class TimeSplitChart implements ChartRenderer {
    @Override
    public String name() {
        return "where-the-time-goes";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return report.single().flatMap(TimeSplitChart::chart);
    }

    private static final double MICROS_PER_SECOND = 1e6;

    /** Empty when the run measured no server CPU (a remote server, or a file from before the accounting). */
    static Optional<CategoryChart> chart(ResultFile result) {
        List<SummaryRow> rows = result.summary().stream()
                .filter(row -> row.serverCpuMicrosPerRow() != null && row.clientCpuMicrosPerRow() != null)
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        List<Double> client = new ArrayList<>();
        List<Double> waiting = new ArrayList<>();
        double tallest = 0;
        for (SummaryRow row : rows) {
            double wallMicros = MICROS_PER_SECOND / row.rowsPerSecond();
            double serverShare = 100 * row.serverCpuMicrosPerRow() / wallMicros;
            double clientShare = 100 * row.clientCpuMicrosPerRow() / wallMicros;
            double waitingShare = Math.max(0, 100 - serverShare - clientShare);
            labels.add(
                    BenchmarkLabel.withRows(row) + " · " + String.format(Locale.ROOT, "%,.2f", wallMicros) + " µs/row");
            server.add(serverShare);
            client.add(clientShare);
            waiting.add(waitingShare);
            tallest = Math.max(tallest, serverShare + clientShare + waitingShare);
        }

        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(ChartTitles.of("Where the time goes", result))
                .xAxisTitle("strategy · rows per load · wall time per row")
                .yAxisTitle("% of the wall time")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideN);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        ChartStyle.uprightCategoryLabels(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Math.ceil(tallest / 50) * 50 + 25); // room above the bars for the legend
        chart.getStyler().setYAxisDecimalPattern("#'%'");
        chart.getStyler()
                .setSeriesColors(new Color[] {ChartStyle.PALETTE[0], ChartStyle.PALETTE[1], ChartStyle.PALETTE[5]});
        chart.addSeries("server CPU, all the load's backends", labels, server);
        chart.addSeries("client CPU, all JVM threads", labels, client);
        chart.addSeries("waiting: wall time neither CPU time covers", labels, waiting);
        return Optional.of(chart);
    }
}
