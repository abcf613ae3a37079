package org.pgloadbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import org.pgloadbench.compare.Comparison;
import org.pgloadbench.compare.Verdict;

/** A comparison as a terminal table, a Markdown table for a pull request, or JSON for other tools. */
public final class ComparisonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public enum Format {
        TEXT,
        MARKDOWN,
        JSON
    }

    private ComparisonReport() {}

    public static String render(Comparison comparison, Format format) {
        switch (format) {
            case MARKDOWN:
                return markdown(comparison);
            case JSON:
                return json(comparison);
            default:
                return text(comparison);
        }
    }

    private static String text(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append("Baseline: ").append(comparison.baselineFile()).append('\n');
        out.append("Current:  ").append(comparison.currentFile()).append('\n');
        comparison.notes().forEach(note -> out.append("Note: ").append(note).append('\n'));
        out.append(rule(comparison)).append("\n\n");
        int width = Math.max(
                9,
                comparison.benchmarks().stream()
                        .mapToInt(row -> row.benchmark().length())
                        .max()
                        .orElse(0));
        int verdictWidth = Math.max(
                7,
                comparison.benchmarks().stream()
                        .mapToInt(row -> row.verdict().label().length())
                        .max()
                        .orElse(0));
        String format = "%-" + width + "s  %14s  %14s  %8s  %9s  %9s  %-" + verdictWidth + "s%n";
        out.append(String.format(
                Locale.ROOT,
                format,
                "Benchmark",
                "Baseline rows/s",
                "Current rows/s",
                "Change",
                "p",
                "Fork gap",
                "Verdict"));
        out.append("-".repeat(width + 2 + 14 + 2 + 14 + 2 + 8 + 2 + 9 + 2 + 9 + 2 + verdictWidth))
                .append('\n');
        for (Comparison.Row row : comparison.benchmarks()) {
            out.append(String.format(
                    Locale.ROOT,
                    format,
                    row.benchmark(),
                    rate(row.baselineRowsPerSecond()),
                    rate(row.currentRowsPerSecond()),
                    change(row.changePercent()),
                    p(row),
                    forkGap(row),
                    row.verdict().label()));
        }
        out.append('\n').append(tally(comparison)).append('\n');
        return out.toString();
    }

    private static String markdown(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append("### pgload-bench: ")
                .append(comparison.currentFile())
                .append(" vs ")
                .append(comparison.baselineFile())
                .append("\n\n")
                .append(rule(comparison))
                .append("\n\n");
        if (!comparison.environmentDifferences().isEmpty()) {
            out.append("**The environments differ:** ")
                    .append(String.join("; ", comparison.environmentDifferences()))
                    .append("\n\n");
        }
        comparison.notes().forEach(note -> out.append("**Note:** ").append(note).append("\n\n"));
        out.append("| Benchmark | Baseline rows/s | Current rows/s | Change | p | Fork gap | Verdict |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Comparison.Row row : comparison.benchmarks()) {
            String verdict = row.verdict() == Verdict.SLOWER
                    ? "**slower**"
                    : row.verdict().label();
            out.append("| ")
                    .append(row.benchmark())
                    .append(" | ")
                    .append(rate(row.baselineRowsPerSecond()))
                    .append(" | ")
                    .append(rate(row.currentRowsPerSecond()))
                    .append(" | ")
                    .append(change(row.changePercent()))
                    .append(" | ")
                    .append(p(row))
                    .append(" | ")
                    .append(forkGap(row))
                    .append(" | ")
                    .append(verdict)
                    .append(" |\n");
        }
        out.append('\n').append(tally(comparison)).append('\n');
        return out.toString();
    }

    private static String json(Comparison comparison) {
        try {
            return JSON.writeValueAsString(comparison) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a comparison always serializes", e);
        }
    }

    private static String rule(Comparison comparison) {
        return String.format(
                Locale.ROOT,
                "A benchmark is slower or faster only if its median rows/sec moved by at least %s%% "
                        + "and a one-sided Mann-Whitney U test over all samples gives p < %s (with too few samples for that: "
                        + "non-overlapping 99.9%% confidence intervals, p shown as \"ci\"; where they overlap, \"too few samples\"); "
                        + "where both sides have two forks or more, the change must also hold fork by fork: every fork of one side "
                        + "at least %s%% from every fork of the other (\"fork gap\", between the closest two), since the loads of one "
                        + "fork are not independent.",
                trim(comparison.thresholdPercent()),
                trim(comparison.alpha()),
                trim(comparison.thresholdPercent()));
    }

    private static String tally(Comparison comparison) {
        long tooFew = comparison.count(Verdict.TOO_FEW_SAMPLES);
        long missing = comparison.count(Verdict.MISSING);
        long notComparable = comparison.count(Verdict.NOT_COMPARABLE);
        return String.format(
                Locale.ROOT,
                "%d slower, %d faster, %d same%s%s%s.",
                comparison.count(Verdict.SLOWER),
                comparison.count(Verdict.FASTER),
                comparison.count(Verdict.SAME),
                tooFew == 0 ? "" : ", " + tooFew + " with too few samples",
                missing == 0 ? "" : ", " + missing + " in one file only",
                notComparable == 0 ? "" : ", " + notComparable + " not comparable (another table)");
    }

    private static String rate(Double rowsPerSecond) {
        return rowsPerSecond == null ? "-" : String.format(Locale.ROOT, "%,.0f", rowsPerSecond);
    }

    private static String change(Double percent) {
        return percent == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", percent);
    }

    private static String p(Comparison.Row row) {
        if (row.method() == null) {
            return "-";
        }
        return row.pValue() == null ? "ci" : String.format(Locale.ROOT, "%.4f", row.pValue());
    }

    private static String forkGap(Comparison.Row row) {
        return row.forkGapPercent() == null ? "-" : change(row.forkGapPercent());
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
