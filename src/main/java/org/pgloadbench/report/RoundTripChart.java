package org.pgloadbench.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.SummaryRow;

/**
 * Rows/sec against the network round trip, log-log, one line per benchmark, from runs made through
 * the latency proxy ({@code --rtt}). The x value is the measured median SELECT 1 round trip through
 * the proxy, never the asked one, and never zero: the relay itself costs a little. A load that
 * waits for the server once per row falls as 1 / (RTT + per-row cost), a slope of -1 once the RTT
 * dominates; a streaming load such as COPY stays flat.
 */
final class RoundTripChart implements ChartRenderer {
    @Override
    public String name() {
        return "round-trip";
    }

    @Override
    public Optional<XYChart> chart(ReportInput report) {
        return chart(report.runs());
    }

    /** Empty unless two or more runs went through the proxy and share a benchmark. */
    static Optional<XYChart> chart(List<NamedResult> runs) {
        List<NamedResult> proxied = runs.stream()
                .filter(run -> run.result().environment().network() != null)
                .toList();
        Map<String, TreeMap<Double, Double>> lines = new LinkedHashMap<>();
        for (NamedResult run : proxied) {
            double roundTrip = run.result().environment().network().roundTripMillis();
            for (SummaryRow row : run.result().summary()) {
                lines.computeIfAbsent(BenchmarkLabel.withRows(row), key -> new TreeMap<>())
                        .put(roundTrip, row.rowsPerSecond());
            }
        }
        lines.values().removeIf(points -> points.size() < 2);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT + 20 * lines.size())
                .title("Rows/sec against network round-trip time (log-log)")
                .xAxisTitle("round trip, ms: median SELECT 1 through the latency proxy (log scale)")
                .yAxisTitle("rows per second (log scale)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,##0.##");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        // One legend line per benchmark: in a row they run off the chart, in a column they fit.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        double lowest = lines.values().stream()
                .flatMap(points -> points.values().stream())
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(1);
        double highest = lines.values().stream()
                .flatMap(points -> points.values().stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(10);
        double floor = ChartStyle.decadeBelow(lowest);
        chart.getStyler().setYAxisMin(floor);
        chart.getStyler().setYAxisMax(ChartStyle.decadeAbove(highest));
        lines.forEach(
                (name, points) -> chart.addSeries(name, List.copyOf(points.keySet()), List.copyOf(points.values()))
                        .setMarker(SeriesMarkers.CIRCLE));
        chart.getStyler().setAnnotationLineColor(Color.LIGHT_GRAY);
        // XChart labels only the decades of a log axis; each measured round trip gets its own label.
        lines.values().stream()
                .flatMap(points -> points.keySet().stream())
                .distinct()
                .forEach(roundTrip -> {
                    chart.addAnnotation(new AnnotationLine(roundTrip, true, false));
                    chart.addAnnotation(new AnnotationText(
                            String.format(Locale.ROOT, "%.2f ms", roundTrip), roundTrip, floor * 1.4, false));
                });
        return Optional.of(chart);
    }
}
