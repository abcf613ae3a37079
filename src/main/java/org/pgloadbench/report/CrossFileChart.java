package org.pgloadbench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.pgloadbench.result.NamedResult;

/** The same benchmarks across several runs (machines, PostgreSQL versions, commits): grouped bars. */
final class CrossFileChart implements ChartRenderer {
    @Override
    public String name() {
        return "rows-per-second";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return chart(report.runs(), report.ratios());
    }

    /**
     * Empty for a single run, or when the runs share no benchmark. A benchmark some runs lack (a strategy an older server
     * cannot run) stays on the axis with no bar for them: a visible gap, never a zero.
     */
    static Optional<CategoryChart> chart(List<NamedResult> runs, CrossFileRatios ratios) {
        if (runs.size() < 2 || ratios.commonBenchmarks().isEmpty()) {
            return Optional.empty();
        }
        List<String> benchmarks = ratios.benchmarks();
        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT + 100)
                .title("Rows/sec across " + runs.size()
                        + " runs: machine, server, profile and time of each in the legend")
                .xAxisTitle("strategy · rows per load")
                .yAxisTitle("rows per second (log scale)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        ChartStyle.uprightCategoryLabels(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Double> rates = ratios.rowsPerSecondByRun().get(i);
            List<Double> values = benchmarks.stream().map(rates::get).toList();
            lowest = Math.min(
                    lowest,
                    rates.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .min()
                            .orElse(1));
            highest = Math.max(
                    highest,
                    rates.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .max()
                            .orElse(10));
            chart.addSeries((i + 1) + ": " + runs.get(i).shortLabel(), benchmarks, values);
        }
        chart.getStyler().setYAxisMin(ChartStyle.decadeBelow(lowest));
        chart.getStyler().setYAxisMax(ChartStyle.decadeAbove(highest));
        return Optional.of(chart);
    }
}
