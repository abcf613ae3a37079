package org.pgloadbench.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * Does the ranking change with the table? For a run that loaded several tables (or one table with
 * several index settings), each strategy's share of the fastest load on each table, bars side by
 * side. Strategies are ordered by their standing on the first table, so a strategy that climbs or
 * falls on another table stands out as a bar out of step with its neighbours.
 */
final class RankingByTableChart implements ChartRenderer {
    @Override
    public String name() {
        return "ranking-per-table";
    }

    @Override
    public Optional<CategoryChart> chart(ReportInput report) {
        return report.single().flatMap(RankingByTableChart::chart);
    }

    /** Empty when the run loaded a single table one way: there is nothing to set side by side. */
    static Optional<CategoryChart> chart(ResultFile result) {
        RunFigures figures = RunFigures.of(result);
        Map<String, Map<String, Double>> shareByTable = new LinkedHashMap<>();
        Map<String, String> tableOfSeries = new HashMap<>();
        for (SummaryRow row : result.summary()) {
            shareByTable
                    .computeIfAbsent(BenchmarkLabel.table(row), table -> new HashMap<>())
                    .merge(BenchmarkLabel.strategy(row), figures.percentOfFastest(row), Math::max);
            tableOfSeries.put(
                    BenchmarkLabel.table(row), row.params().getOrDefault("table", JmhBenchmark.DEFAULT_TABLE));
        }
        if (shareByTable.size() < 2) {
            return Optional.empty();
        }
        List<String> strategies = order(shareByTable);

        CategoryChart chart = new CategoryChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(ChartTitles.of("Ranking per table", result))
                .xAxisTitle("strategy, ordered by its standing on the first table")
                .yAxisTitle("% of the fastest load on the same table")
                .build();
        ChartStyle.apply(chart.getStyler());
        ChartStyle.uprightCategoryLabels(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setYAxisDecimalPattern("#'%'");
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setSeriesColors(colors(List.copyOf(shareByTable.keySet()), tableOfSeries));
        for (Map.Entry<String, Map<String, Double>> table : shareByTable.entrySet()) {
            List<Double> shares = new ArrayList<>();
            strategies.forEach(
                    strategy -> shares.add(table.getValue().get(strategy))); // null: not loaded on this table, no bar
            chart.addSeries(table.getKey(), strategies, shares);
        }
        return Optional.of(chart);
    }

    /**
     * One hue per table, and within a table one shade per index setting or dataset, lighter to
     * darker in the order they were run (none, pk, pk+2): the eye groups a table's bars at once.
     */
    private static Color[] colors(List<String> series, Map<String, String> tableOfSeries) {
        List<String> tables = series.stream().map(tableOfSeries::get).distinct().toList();
        Color[] colors = new Color[series.size()];
        for (int i = 0; i < colors.length; i++) {
            String table = tableOfSeries.get(series.get(i));
            List<String> siblings = series.stream()
                    .filter(other -> tableOfSeries.get(other).equals(table))
                    .toList();
            double lightness = siblings.size() == 1
                    ? 0
                    : 0.6 * (siblings.size() - 1 - siblings.indexOf(series.get(i))) / (siblings.size() - 1);
            colors[i] = towardsWhite(ChartStyle.PALETTE[tables.indexOf(table) % ChartStyle.PALETTE.length], lightness);
        }
        return colors;
    }

    private static Color towardsWhite(Color color, double share) {
        return new Color(
                (int) Math.round(color.getRed() + (255 - color.getRed()) * share),
                (int) Math.round(color.getGreen() + (255 - color.getGreen()) * share),
                (int) Math.round(color.getBlue() + (255 - color.getBlue()) * share));
    }

    /** By share on the first table, highest first; strategies it lacks follow, by their best share elsewhere. */
    private static List<String> order(Map<String, Map<String, Double>> shareByTable) {
        Map<String, Double> first = shareByTable.values().iterator().next();
        Set<String> all = new LinkedHashSet<>();
        shareByTable.values().forEach(shares -> all.addAll(shares.keySet()));
        Comparator<String> byFirstTable = Comparator.comparing((String strategy) -> first.containsKey(strategy) ? 0 : 1)
                .thenComparing(strategy -> -first.getOrDefault(strategy, bestShare(shareByTable, strategy)));
        return all.stream().sorted(byFirstTable).toList();
    }

    private static double bestShare(Map<String, Map<String, Double>> shareByTable, String strategy) {
        return shareByTable.values().stream()
                .mapToDouble(shares -> shares.getOrDefault(strategy, 0.0))
                .max()
                .orElse(0);
    }
}
