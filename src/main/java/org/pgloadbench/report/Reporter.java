package org.pgloadbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.pgloadbench.result.AtomicFiles;
import org.pgloadbench.result.NamedResult;

/**
 * Turns result files into charts (PNG and SVG), an HTML page and a Markdown table. One file gets
 * its rows/sec, speed-up, ranking, where-the-time-goes, WAL and (for each swept parameter) sweep charts; several get the cross-run chart,
 * the share-of-best table and, for runs through the latency proxy, rows/sec against round-trip time. Reads result files only; never talks to a database.
 */
public final class Reporter {
    private Reporter() {}

    /** Every output in the order a page shows them: the charts, then the pages that embed or list them. */
    static final List<Renderer> RENDERERS = renderers();

    private static List<Renderer> renderers() {
        List<Renderer> renderers = new ArrayList<>(List.of(
                new RowsPerSecondChart(),
                new SpeedupChart(),
                new RankingByTableChart(),
                new TimeSplitChart(),
                new WalPerRowChart()));
        renderers.addAll(ParameterSweepChart.everySweep());
        renderers.addAll(List.of(
                new CrossFileChart(),
                new RatioToFirstRunChart(),
                new RoundTripChart(),
                new HtmlReport(),
                new MarkdownReport()));
        return List.copyOf(renderers);
    }

    public static List<Path> render(List<Path> files, Path chartsDirectory) throws IOException {
        List<NamedResult> runs = files.stream().map(NamedResult::read).toList();
        ReportInput report = ReportInput.of(runs);
        Path base = chartsDirectory.resolve(
                baseName(runs.stream().map(NamedResult::name).toList()));
        List<Path> written = new ArrayList<>();
        for (Renderer renderer : RENDERERS) {
            written.addAll(renderer.render(report, base));
            report = report.withCharts(written.stream()
                    .filter(path -> path.toString().endsWith(".png"))
                    .toList());
        }
        return written;
    }

    /**
     * One run's outputs are named after it. Several runs' get a readable prefix plus 8 hex digits of
     * SHA-256 over all their names in order, so {@code report A C} never replaces what
     * {@code report A B} wrote, and the same runs re-render to the same names.
     */
    static String baseName(List<String> runNames) {
        if (runNames.size() == 1) {
            return runNames.get(0);
        }
        byte[] digest = sha256(String.join("\0", runNames));
        return "comparison_" + runNames.get(0) + "_and_" + (runNames.size() - 1) + "-more_"
                + HexFormat.of().formatHex(digest, 0, 4);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static Path writeText(Path file, String text) throws IOException {
        return AtomicFiles.replace(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
