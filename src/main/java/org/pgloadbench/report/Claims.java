package org.pgloadbench.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.SummaryRow;

/**
 * The quantitative claims of the write-ups this suite started from (shared/seeds), each checked
 * against one run: the ratio of rows/sec it predicts, the ratio this run measured, and whether the
 * claim holds here. The claims live in {@code claims.json} beside this class: each names the
 * strategies on its faster and its slower side and the range of ratios it predicts.
 */
public final class Claims {
    private static final List<String> HEADERS =
            List.of("Claim", "Source", "Compares", "Claimed", "Measured", "Verdict");
    private static final int COLUMN_CLAIM = 0;
    private static final int COLUMN_CLAIMED = 3;
    private static final int COLUMN_MEASURED = 4;
    private static final int COLUMN_VERDICT = 5;
    private static final String NOT_MEASURED = "not measured in this run";
    private static final List<Claim> CLAIMS = load();

    /** The strategies one side of a claim stands for, the best of them counting, and parameters they must have. */
    record Side(List<String> strategies, Map<String, String> params) {
        Optional<SummaryRow> best(List<SummaryRow> summary) {
            return summary.stream().filter(this::matches).max(Comparator.comparingDouble(SummaryRow::rowsPerSecond));
        }

        private boolean matches(SummaryRow row) {
            return strategies.contains(row.strategy())
                    && BenchmarkLabel.plainTable(row)
                    && (params == null
                            || params.entrySet().stream()
                                    .allMatch(param ->
                                            param.getValue().equals(row.params().get(param.getKey()))));
        }
    }

    /** @param low the smallest faster/slower ratio of rows/sec the claim allows; {@code high} the largest */
    record Claim(String claim, String source, Side faster, Side slower, double low, double high) {
        String claimed() {
            return high >= 100
                    ? String.format(Locale.ROOT, "≥ %.2f×", low)
                    : low == high
                            ? String.format(Locale.ROOT, "%.2f×", low)
                            : String.format(Locale.ROOT, "%.2f-%.2f×", low, high);
        }
    }

    private Claims() {}

    static List<Claim> all() {
        return CLAIMS;
    }

    /** One row per claim, measured in this run where both its sides were. */
    static Table table(List<SummaryRow> summary) {
        List<List<String>> rows = new ArrayList<>();
        for (Claim claim : CLAIMS) {
            Optional<SummaryRow> faster = claim.faster().best(summary);
            Optional<SummaryRow> slower = claim.slower().best(summary);
            if (faster.isEmpty() || slower.isEmpty()) {
                rows.add(List.of(claim.claim(), claim.source(), "", claim.claimed(), "", NOT_MEASURED));
                continue;
            }
            double ratio = faster.get().rowsPerSecond() / slower.get().rowsPerSecond();
            String verdict = ratio < claim.low() ? "smaller here" : ratio > claim.high() ? "larger here" : "holds";
            rows.add(List.of(
                    claim.claim(),
                    claim.source(),
                    BenchmarkLabel.strategy(faster.get()) + " ÷ " + BenchmarkLabel.strategy(slower.get()),
                    claim.claimed(),
                    String.format(Locale.ROOT, "%.2f×", ratio),
                    verdict));
        }
        return new Table(
                HEADERS,
                rows,
                "Measured: rows/sec of the faster side over the slower, each side the fastest of its "
                        + "strategies in this run on the users table with its primary key; holds where it lies in the claimed range.");
    }

    /**
     * The table for the terminal, where the sources would make every line too long: claim, ratios,
     * verdict. Empty when the run measured none of the claims (a run of one strategy).
     */
    public static Optional<String> text(List<SummaryRow> summary) {
        List<List<String>> rows = table(summary).rows().stream()
                .map(row -> List.of(
                        row.get(COLUMN_CLAIM),
                        row.get(COLUMN_CLAIMED),
                        row.get(COLUMN_MEASURED),
                        row.get(COLUMN_VERDICT)))
                .toList();
        if (rows.stream().allMatch(row -> row.get(3).equals(NOT_MEASURED))) {
            return Optional.empty();
        }
        return Optional.of(new Table(
                        List.of("Claim (shared/seeds; sources in the report)", "Claimed", "Measured", "Verdict"),
                        rows,
                        "")
                .toText());
    }

    private static List<Claim> load() {
        try (InputStream json = Claims.class.getResourceAsStream("claims.json")) {
            return List.copyOf(new ObjectMapper().readValue(json, new TypeReference<List<Claim>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("the claims that ship with the suite do not read: " + e.getMessage(), e);
        }
    }
}
