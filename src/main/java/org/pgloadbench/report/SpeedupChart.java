package org.pgloadbench.report;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.strategy.Strategy;

/**
 * "COPY is N x faster": each strategy's rows/sec over single-row INSERTs with autocommit into the
 * same table in the same run; rows whose table has no such baseline are left out.
 */
final class SpeedupChart implements ChartRenderer {
    @Override
    public String name() {
        return "speedup";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return report.single().flatMap(SpeedupChart::chart);
    }

    /** Empty when the run has no baseline strategy to compare with. */
    static Optional<CategoryChart> chart(ResultFile result) {
        RunFigures figures = RunFigures.of(result);
        List<SummaryRow> rows = result.summary().stream()
                .filter(row -> figures.speedup(row).isPresent())
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = rows.stream().map(BenchmarkLabel::of).toList();
        List<Double> speedups =
                rows.stream().map(row -> figures.speedup(row).getAsDouble()).toList();

        CategoryChart chart = ChartStyle.logBarChart(
                ChartTitles.of("Speed-up over " + Strategy.BASELINE, result),
                "strategy",
                "times the rows/sec of " + Strategy.BASELINE + " (log scale)");
        chart.getStyler().setYAxisDecimalPattern("#,##0.#'x'");
        chart.getStyler().setSeriesColors(new Color[] {ChartStyle.PALETTE[1]});
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler()
                .setYAxisMax(ChartStyle.decadeAbove(
                        speedups.stream().mapToDouble(Double::doubleValue).max().orElse(10)));
        chart.addSeries("speed-up", labels, speedups);
        return Optional.of(chart);
    }
}
