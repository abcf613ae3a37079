package org.pgloadbench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.pgloadbench.result.AtomicFiles;
import org.pgloadbench.sustain.Batch;
import org.pgloadbench.sustain.SustainedResult;
import org.pgloadbench.sustain.Timeline;

/**
 * A sustained run's report: the timeline chart (rows/sec against the rows in the table, one line per
 * strategy, checkpoints marked, the points where the indexes outgrow shared_buffers and the table
 * outgrows the machine's memory drawn across), the table of burst against sustained rates, and a
 * Markdown page holding both.
 */
public final class SustainedReport {
    /** How far right of its line, on the log axis, a mark's text is centred: clear of the line and the y axis. */
    private static final double TEXT_OFFSET = 1.45;

    private SustainedReport() {}

    /** One row per strategy: its first batch against its last quarter, and what the WAL did meanwhile. */
    public static String text(SustainedResult result) {
        return table(result).toText();
    }

    static Table table(SustainedResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Timeline timeline : result.timelines()) {
            if (timeline.batches().isEmpty()) {
                continue;
            }
            rows.add(List.of(
                    timeline.strategy(),
                    timeline.setting(),
                    String.format("%,d", timeline.batches().size()),
                    String.format("%,d", timeline.rows()),
                    String.format("%,.0f", timeline.burstRowsPerSecond()),
                    String.format("%,.0f", timeline.sustainedRowsPerSecond()),
                    String.format("%.2f", timeline.sustainedOverBurst()),
                    String.format(
                            "%,.0f → %,.0f",
                            Timeline.walBytesPerRow(timeline.firstQuarter()),
                            Timeline.walBytesPerRow(timeline.lastQuarter())),
                    fullPageImages(timeline),
                    checkpoints(timeline),
                    String.format("%.0f%%", 100 * timeline.loadingShare()),
                    timeline.verified() == null
                            ? "no: cut short"
                            : timeline.verified() ? "yes" : "NO: " + timeline.problem()));
        }
        return new Table(
                List.of(
                        "Strategy",
                        "Loaded",
                        "Batches",
                        "Rows in table",
                        "First batch rows/s",
                        "Last quarter rows/s",
                        "Sustained / burst",
                        "WAL B/row, first → last quarter",
                        "FPI/row, first → last quarter",
                        "Checkpoints (in pauses)",
                        "Time loading",
                        "Verified"),
                rows,
                "First batch: into the empty table, the figure a burst run reports. Last quarter: rows over wall time of "
                        + "the last quarter of the batches. FPI: full-page images in the WAL. Checkpoints: begun during "
                        + "the batches' loads, and in the untimed pauses between them (the next batch's rows made, "
                        + "the readings taken, the result file written). Time loading: the loads' share of the time "
                        + "from the first load's start to the last one's end. Verified: the whole table's count and "
                        + "checksum against every batch's rows, once the batches ended.");
    }

    private static String checkpoints(Timeline timeline) {
        long during = timeline.batches().stream().mapToLong(Batch::checkpoints).sum();
        long pauses =
                timeline.batches().stream().mapToLong(Batch::pauseCheckpoints).sum();
        return String.format("%,d (%,d)", during + pauses, pauses);
    }

    private static String fullPageImages(Timeline timeline) {
        Double first = Timeline.fullPageImagesPerRow(timeline.firstQuarter());
        Double last = Timeline.fullPageImagesPerRow(timeline.lastQuarter());
        return first == null || last == null ? "n/a" : String.format("%.3f → %.3f", first, last);
    }

    /** Rows/sec against rows in the table after each batch, log x; empty without a batch. */
    static Optional<XYChart> chart(SustainedResult result) {
        List<Timeline> timelines = result.timelines().stream()
                .filter(timeline -> !timeline.batches().isEmpty())
                .toList();
        if (timelines.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(String.format("Sustained ingest, batches of %,d rows", result.batchRows()))
                .xAxisTitle("rows in the table after the batch (log scale)")
                .yAxisTitle("rows per second, per batch")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setAnnotationLineColor(Color.GRAY);
        double top = 0;
        List<Double> checkpointX = new ArrayList<>();
        List<Double> checkpointY = new ArrayList<>();
        for (Timeline timeline : timelines) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Batch batch : timeline.batches()) {
                x.add((double) batch.rowsAfter());
                y.add(batch.rowsPerSecond());
                top = Math.max(top, batch.rowsPerSecond());
                if (batch.checkpoints() + batch.pauseCheckpoints() > 0) {
                    checkpointX.add((double) batch.rowsAfter());
                    checkpointY.add(batch.rowsPerSecond());
                }
            }
            chart.addSeries(timeline.strategy() + " [" + timeline.setting() + "]", x, y)
                    .setMarker(SeriesMarkers.CIRCLE);
        }
        if (!checkpointX.isEmpty()) {
            XYSeries marks = chart.addSeries(
                    "a checkpoint began during the batch or the pause before it", checkpointX, checkpointY);
            marks.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            marks.setMarker(SeriesMarkers.DIAMOND);
            marks.setMarkerColor(Color.BLACK);
        }
        double labelY = top * 1.02;
        firstPast(timelines, result.sharedBuffersBytes(), true)
                .ifPresent(rows -> mark(chart, rows, labelY, "indexes pass shared_buffers"));
        Long memory = result.environment().machine().memoryBytes();
        if (memory != null) {
            firstPast(timelines, memory, false)
                    .ifPresent(rows -> mark(chart, rows, labelY * 0.94, "table + indexes pass memory"));
        }
        return Optional.of(chart);
    }

    /**
     * Rows in the table after the first batch whose indexes (or table and indexes) exceed {@code bytes},
     * in the first timeline's setting: other tables grow at other rates.
     */
    private static Optional<Long> firstPast(List<Timeline> timelines, long bytes, boolean indexesOnly) {
        return timelines.stream()
                .filter(timeline -> timeline.setting().equals(timelines.get(0).setting()))
                .flatMap(timeline -> timeline.batches().stream())
                .filter(batch -> (indexesOnly ? 0 : batch.heapBytes()) + batch.indexBytes() > bytes)
                .map(Batch::rowsAfter)
                .min(Long::compare);
    }

    /** A line across the chart at {@code rows}, its text beside it on the right (XChart centres text on its point). */
    private static void mark(XYChart chart, long rows, double y, String text) {
        chart.addAnnotation(new AnnotationLine(rows, true, false));
        chart.addAnnotation(new AnnotationText(text, rows * TEXT_OFFSET, y, false));
    }

    /** Writes the chart (PNG and SVG) and the Markdown page into {@code charts} as {@code stem_*}; returns what it wrote. */
    public static List<Path> render(SustainedResult result, Path charts, String stem) throws IOException {
        List<Path> written = new ArrayList<>();
        Optional<XYChart> chart = chart(result);
        if (chart.isPresent()) {
            written.addAll(ChartFiles.save(chart.get(), charts.resolve(stem + "_timeline")));
        }
        String page = markdown(result, chart.isPresent() ? stem + "_timeline.png" : null);
        written.add(AtomicFiles.replace(
                charts.resolve(stem + ".md"), out -> out.write(page.getBytes(StandardCharsets.UTF_8))));
        return written;
    }

    static String markdown(SustainedResult result, String chartFile) {
        StringBuilder md = new StringBuilder("# Sustained ingest")
                .append(result.label() == null ? "" : ": " + result.label())
                .append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%s, PostgreSQL %s (%s), %s; shared_buffers %,d MB, max_wal_size %s, checkpoint_timeout %s. Batches of %,d rows%s.%n%n",
                result.environment().machine().cpuModel(),
                result.environment().postgres().serverVersion(),
                result.environment().postgres().target(),
                result.createdAt(),
                result.sharedBuffersBytes() >> 20,
                result.environment().postgres().settings().getOrDefault("max_wal_size", "?"),
                result.environment().postgres().settings().getOrDefault("checkpoint_timeout", "?"),
                result.batchRows(),
                result.untilRows() == null ? "" : String.format(", until the table holds %,d", result.untilRows())));
        if (result.incomplete() != null) {
            md.append("**Incomplete:** ").append(result.incomplete()).append("\n\n");
        }
        md.append(table(result).toMarkdown());
        if (chartFile != null) {
            md.append("\n![Rows per second as the table grows](")
                    .append(chartFile)
                    .append(")\n");
        }
        return md.toString();
    }
}
