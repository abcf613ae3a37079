package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.RowCounts;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Rows/sec against one swept dimension, one line per benchmark that ran two or more of its values:
 * where batching stops paying (rows per statement), where parallelism stops scaling (connections),
 * whether a row costs the same in a small load as in a large one (rows per load).
 */
final class ParameterSweepChart implements ChartRenderer {
    /**
     * What a run can sweep: {@code value} reads a load's value of it (null where the load does not
     * have one), {@code line} names the series the load belongs to.
     */
    public record Sweep(
            String description, String suffix, Function<SummaryRow, Double> value, Function<SummaryRow, String> line) {
        /** Rows per load: a flat line says a row costs the same however many come with it. */
        public static final Sweep ROWS =
                new Sweep("rows per load", "rows-per-load", row -> (double) row.rows(), BenchmarkLabel::of);

        /** A numeric strategy parameter, for the strategies that read it. */
        public static Sweep of(StrategyParameter parameter) {
            return new Sweep(
                    parameter.description(),
                    parameter.jmhName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT),
                    row -> {
                        String value = row.params().get(parameter.jmhName());
                        return value != null && BenchmarkLabel.reads(row.strategy(), parameter)
                                ? Double.parseDouble(value)
                                : null;
                    },
                    row -> BenchmarkLabel.strategyOnTable(row) + " · " + RowCounts.compact(row.rows()) + " rows");
        }
    }

    private final Sweep sweep;

    ParameterSweepChart(Sweep sweep) {
        this.sweep = sweep;
    }

    /** One chart per sweep a run can hold: rows per load, and each numeric strategy parameter. */
    static List<ParameterSweepChart> everySweep() {
        List<ParameterSweepChart> charts = new ArrayList<>();
        charts.add(new ParameterSweepChart(Sweep.ROWS));
        Arrays.stream(StrategyParameter.values())
                .filter(StrategyParameter::numeric)
                .map(parameter -> new ParameterSweepChart(Sweep.of(parameter)))
                .forEach(charts::add);
        return charts;
    }

    @Override
    public String name() {
        return sweep.suffix();
    }

    @Override
    public Optional<XYChart> chart(ReportInput report) {
        return report.single().flatMap(result -> chart(result, sweep));
    }

    /** Empty unless some benchmark ran with two or more values of the sweep. */
    static Optional<XYChart> chart(ResultFile result, Sweep sweep) {
        Map<String, TreeMap<Double, Double>> lines = new LinkedHashMap<>();
        for (SummaryRow row : result.summary()) {
            Double value = sweep.value().apply(row);
            if (value != null) {
                lines.computeIfAbsent(sweep.line().apply(row), key -> new TreeMap<>())
                        .put(value, row.rowsPerSecond());
            }
        }
        lines.values().removeIf(points -> points.size() < 2);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        // A log axis for values spread over two decades or more (rows per statement); XChart labels
        // only the decades of a log axis, so a short range (1 to 8 connections) stays linear.
        double smallest =
                lines.values().stream().mapToDouble(TreeMap::firstKey).min().orElse(0);
        double largest =
                lines.values().stream().mapToDouble(TreeMap::lastKey).max().orElse(0);
        boolean logarithmic = smallest > 0 && largest / smallest >= 100;
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(ChartTitles.of("Rows/sec against " + sweep.description(), result))
                .xAxisTitle(sweep.description() + (logarithmic ? " (log scale)" : ""))
                .yAxisTitle("rows per second")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logarithmic);
        chart.getStyler().setXAxisDecimalPattern("#,###.#");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        lines.forEach(
                (name, points) -> chart.addSeries(name, List.copyOf(points.keySet()), List.copyOf(points.values()))
                        .setMarker(SeriesMarkers.CIRCLE));
        return Optional.of(chart);
    }
}
