package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Rows/sec against one swept parameter (rows per statement, connections, ...), one line per
 * strategy that reads it: where batching stops paying, where parallelism stops scaling.
 */
public final class ParameterSweepChart {
    private ParameterSweepChart() {
    }

    /** The file name suffix of the chart for {@code parameter}, e.g. {@code rows-per-statement}. */
    static String suffix(StrategyParameter parameter) {
        return parameter.jmhName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Empty unless some strategy ran with two or more values of {@code parameter}. */
    public static Optional<List<Path>> render(ResultFile result, StrategyParameter parameter, Path base) throws IOException {
        Map<String, TreeMap<Double, Double>> lines = new LinkedHashMap<>();
        for (SummaryRow row : result.summary()) {
            String value = row.params().get(parameter.jmhName());
            if (value != null && BenchmarkLabel.reads(row.strategy(), parameter)) {
                lines.computeIfAbsent(row.strategy() + " · " + RowCounts.compact(row.rows()) + " rows", key -> new TreeMap<>())
                        .put(Double.parseDouble(value), row.rowsPerSecond());
            }
        }
        if (lines.values().stream().noneMatch(points -> points.size() > 1)) {
            return Optional.empty();
        }
        // A log axis for values spread over two decades or more (rows per statement); XChart labels
        // only the decades of a log axis, so a short range (1 to 8 connections) stays linear.
        double smallest = lines.values().stream().mapToDouble(TreeMap::firstKey).min().orElse(0);
        double largest = lines.values().stream().mapToDouble(TreeMap::lastKey).max().orElse(0);
        boolean logarithmic = smallest > 0 && largest / smallest >= 100;
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartTitles.of("Rows/sec against " + parameter.description(), result))
                .xAxisTitle(parameter.description() + (logarithmic ? " (log scale)" : ""))
                .yAxisTitle("rows per second")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logarithmic);
        chart.getStyler().setXAxisDecimalPattern("#,###.#");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        lines.forEach((name, points) -> chart.addSeries(name, List.copyOf(points.keySet()), List.copyOf(points.values()))
                .setMarker(SeriesMarkers.CIRCLE));
        return Optional.of(ChartFiles.save(chart, base));
    }
}
