package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Every later run's rows/sec as a ratio to the first run's, benchmark by benchmark, on a linear
 * axis around 1.0, the whiskers the ratio's 99.9% interval. On the grouped bars' log axis a 30%
 * difference between two machines is a sliver; here it is a third of the way to 2.0, and a
 * whisker that crosses 1.0 says the runs did not tell the two apart.
 */
final class RatioToFirstRunChart {
    private RatioToFirstRunChart() {
    }

    /** A ratio and its whisker: the half-width of the interval, the two runs' relative errors combined. */
    record Ratio(double value, double halfWidth) {
        static Optional<Ratio> of(SummaryRow first, SummaryRow later) {
            double value = later.rowsPerSecond() / first.rowsPerSecond();
            if (!Double.isFinite(value)) {
                return Optional.empty();
            }
            double relative = Math.hypot(relativeError(first), relativeError(later));
            return Optional.of(new Ratio(value, value * relative));
        }

        private static double relativeError(SummaryRow row) {
            return row.rowsPerSecondError() == null ? 0 : row.rowsPerSecondError() / row.rowsPerSecond();
        }
    }

    /** Empty for a single run or when no later run shares a benchmark with the first. */
    static Optional<List<Path>> render(List<NamedResult> runs, Path base) throws IOException {
        if (runs.size() < 2) {
            return Optional.empty();
        }
        Map<String, SummaryRow> first = byBenchmark(runs.get(0));
        List<String> benchmarks = new ArrayList<>(first.keySet());
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT + 100)
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
        CategorySeries one = chart.addSeries("1: " + runs.get(0).shortLabel() + " (= 1.00)", benchmarks,
                benchmarks.stream().map(benchmark -> 1.0).toList());
        one.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        one.setMarker(SeriesMarkers.NONE);
        boolean shared = false;
        for (int i = 1; i < runs.size(); i++) {
            Map<String, SummaryRow> later = byBenchmark(runs.get(i));
            List<Double> values = new ArrayList<>();
            List<Double> whiskers = new ArrayList<>();
            for (String benchmark : benchmarks) {
                Optional<Ratio> ratio = later.containsKey(benchmark) ? Ratio.of(first.get(benchmark), later.get(benchmark)) : Optional.empty();
                values.add(ratio.map(Ratio::value).orElse(null));
                whiskers.add(ratio.map(Ratio::halfWidth).orElse(0.0));
                shared |= ratio.isPresent();
            }
            CategorySeries series = chart.addSeries((i + 1) + ": " + runs.get(i).shortLabel(), benchmarks, values, whiskers);
            series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        }
        return shared ? Optional.of(ChartFiles.save(chart, base)) : Optional.empty();
    }

    private static Map<String, SummaryRow> byBenchmark(NamedResult run) {
        Map<String, SummaryRow> rows = new LinkedHashMap<>();
        run.result().summary().forEach(row -> rows.put(BenchmarkLabel.withRows(row), row));
        return rows;
    }
}
