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

/** Rows/sec against rowsPerStatement for the multi-row strategies, when the run swept it. */
public final class RowsPerStatementChart {
    private RowsPerStatementChart() {
    }

    /** Empty unless some multi-row strategy ran with two or more rowsPerStatement values. */
    public static Optional<List<Path>> render(ResultFile result, Path base) throws IOException {
        Map<String, TreeMap<Integer, Double>> lines = new LinkedHashMap<>();
        for (SummaryRow row : result.summary()) {
            String perStatement = row.params().get(StrategyParameter.ROWS_PER_STATEMENT.jmhName());
            if (perStatement != null && BenchmarkLabel.reads(row.strategy(), StrategyParameter.ROWS_PER_STATEMENT)) {
                lines.computeIfAbsent(row.strategy() + " · " + RowCounts.compact(row.rows()) + " rows", key -> new TreeMap<>())
                        .put(Integer.parseInt(perStatement), row.rowsPerSecond());
            }
        }
        if (lines.values().stream().noneMatch(points -> points.size() > 1)) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartTitles.of("Rows/sec against rows per statement", result))
                .xAxisTitle("rows per statement (log scale)")
                .yAxisTitle("rows per second")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        lines.forEach((name, points) -> chart.addSeries(name, List.copyOf(points.keySet()), List.copyOf(points.values()))
                .setMarker(SeriesMarkers.CIRCLE));
        return Optional.of(ChartFiles.save(chart, base));
    }
}
