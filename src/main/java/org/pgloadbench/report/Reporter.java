package org.pgloadbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.pgloadbench.compare.EnvironmentDifferences;
import org.pgloadbench.result.AtomicFiles;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Turns result files into charts (PNG and SVG), an HTML page and a Markdown table. One file gets
 * its rows/sec, speed-up, ranking, where-the-time-goes, WAL and (for each swept parameter) sweep charts; several get the cross-run chart,
 * the share-of-best table and, for runs through the latency proxy, rows/sec against round-trip time. Reads result files only; never talks to a database.
 */
public final class Reporter {
    private Reporter() {}

    public static List<Path> render(List<Path> files, Path chartsDirectory) throws IOException {
        List<NamedResult> runs = files.stream().map(NamedResult::read).toList();
        CrossFileRatios ratios = CrossFileRatios.of(runs);
        List<String> caveats = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            int number = i + 1;
            EnvironmentDifferences.between(
                            runs.get(0).result().environment(),
                            runs.get(i).result().environment())
                    .forEach(difference -> caveats.add("run " + number + " vs run 1: " + difference));
        }
        Path base = chartsDirectory.resolve(
                baseName(runs.stream().map(NamedResult::name).toList()));

        List<Path> written = new ArrayList<>();
        if (runs.size() == 1) {
            ResultFile result = runs.get(0).result();
            written.addAll(RowsPerSecondChart.render(result, Path.of(base + "_rows-per-second")));
            SpeedupChart.render(result, Path.of(base + "_speedup")).ifPresent(written::addAll);
            RankingByTableChart.render(result, Path.of(base + "_ranking-per-table"))
                    .ifPresent(written::addAll);
            TimeSplitChart.render(result, Path.of(base + "_where-the-time-goes"))
                    .ifPresent(written::addAll);
            WalPerRowChart.render(result, Path.of(base + "_wal-per-row")).ifPresent(written::addAll);
            List<ParameterSweepChart.Sweep> sweeps = new ArrayList<>();
            sweeps.add(ParameterSweepChart.Sweep.ROWS);
            Arrays.stream(StrategyParameter.values())
                    .filter(StrategyParameter::numeric)
                    .map(ParameterSweepChart.Sweep::of)
                    .forEach(sweeps::add);
            for (ParameterSweepChart.Sweep sweep : sweeps) {
                ParameterSweepChart.render(result, sweep, Path.of(base + "_" + sweep.suffix()))
                        .ifPresent(written::addAll);
            }
        } else {
            CrossFileChart.render(runs, ratios, Path.of(base + "_rows-per-second"))
                    .ifPresent(written::addAll);
            RatioToFirstRunChart.render(runs, Path.of(base + "_ratio-to-run-1")).ifPresent(written::addAll);
            RoundTripChart.render(runs, Path.of(base + "_round-trip")).ifPresent(written::addAll);
        }
        List<Path> pngs = written.stream()
                .filter(path -> path.toString().endsWith(".png"))
                .toList();
        written.add(writeText(Path.of(base + ".html"), HtmlReport.render(runs, ratios, caveats, pngs)));
        written.add(writeText(Path.of(base + ".md"), MarkdownReport.render(runs, ratios, caveats)));
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

    private static Path writeText(Path file, String text) throws IOException {
        return AtomicFiles.replace(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
