package org.pgloadbench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.SummaryRow;

/**
 * Every later run's rows/sec as a ratio to the first run's, benchmark by benchmark, on a linear
 * axis around 1.0, the whiskers the ratio's 99.9% interval. On the grouped bars' log axis a 30%
 * difference between two machines is a sliver; here it is a third of the way to 2.0, and a
 * whisker that crosses 1.0 says the runs did not tell the two apart.
 */
final class RatioToFirstRunChart implements ChartRenderer {
    @Override
    public String name() {
        return "ratio-to-run-1";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return chart(report.runs());
    }

    /** A ratio and its whisker: the half-width of the interval, the two runs' relative errors combined. */
    record Ratio(double value, double halfWidth) {
        static Ratio of(SummaryRow first, SummaryRow later) {
            double value = later.rowsPerSecond() / first.rowsPerSecond();
            double relative = Math.hypot(relativeError(first), relativeError(later));
            return new Ratio(value, Double.isNaN(relative) ? 0 : value * relative);
        }

        /** No interval (a single sample) gives no whisker rather than a falsely tight one. */
        private static double relativeError(SummaryRow row) {
            return row.rowsPerSecondError() == null ? Double.NaN : row.rowsPerSecondError() / row.rowsPerSecond();
        }
    }

    /**
     * Over the benchmarks every run measured (XChart draws no gap in a category series); empty for
     * a single run or when the runs share none.
     */
    static Optional<CategoryChart> chart(List<NamedResult> runs) {
        if (runs.size() < 2) {
            return Optional.empty();
        }
        Map<String, SummaryRow> first = byBenchmark(runs.get(0));
        List<Map<String, SummaryRow>> later = runs.subList(1, runs.size()).stream()
                .map(RatioToFirstRunChart::byBenchmark)
                .toList();
        List<String> benchmarks = first.keySet().stream()
                .filter(benchmark -> later.stream().allMatch(run -> run.containsKey(benchmark)))
                .toList();
        if (benchmarks.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT + 100)
                .title("Rows/sec as a ratio to run 1 (" + runs.get(0).title() + "), whiskers the 99.9% interval")
                .xAxisTitle("strategy · rows per load")
                .yAxisTitle("rows/sec ÷ run 1's")
                .build();
        ChartStyle.apply(chart.getStyler());
        ChartStyle.uprightCategoryLabels(chart.getStyler());
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        CategorySeries one = chart.addSeries(
                "1: " + runs.get(0).shortLabel() + " (= 1.00)",
                benchmarks,
                benchmarks.stream().map(benchmark -> 1.0).toList());
        one.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        one.setMarker(SeriesMarkers.NONE);
        double lowest = 1;
        double highest = 1;
        for (int i = 0; i < later.size(); i++) {
            Map<String, SummaryRow> run = later.get(i);
            List<Ratio> ratios = benchmarks.stream()
                    .map(benchmark -> Ratio.of(first.get(benchmark), run.get(benchmark)))
                    .toList();
            for (Ratio ratio : ratios) {
                lowest = Math.min(lowest, ratio.value() - ratio.halfWidth());
                highest = Math.max(highest, ratio.value() + ratio.halfWidth());
            }
            CategorySeries series = chart.addSeries(
                    (i + 2) + ": " + runs.get(i + 1).shortLabel(),
                    benchmarks,
                    ratios.stream().map(Ratio::value).toList(),
                    ratios.stream().map(Ratio::halfWidth).toList());
            series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        }
        // The axis hugs the ratios and 1.0, a tenth past them, rather than starting at zero.
        chart.getStyler().setYAxisMin(Math.max(0, Math.floor(lowest * 10 - 1) / 10));
        chart.getStyler().setYAxisMax(Math.ceil(highest * 10 + 1) / 10);
        return Optional.of(chart);
    }

    private static Map<String, SummaryRow> byBenchmark(NamedResult run) {
        Map<String, SummaryRow> rows = new LinkedHashMap<>();
        run.result().summary().forEach(row -> rows.put(BenchmarkLabel.withRows(row), row));
        return rows;
    }
}
