package org.pgloadbench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's tables in Markdown, for pasting into issues and docs. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(List<NamedResult> runs, CrossFileRatios ratios, List<String> caveats) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            NamedResult run = runs.get(i);
            Environment environment = run.result().environment();
            RunFigures figures = new RunFigures(run.result().summary());
            md.append("### Run ").append(i + 1).append(": ").append(run.shortLabel()).append("\n\n")
                    .append(environment.machine().cpuModel()).append(", ").append(environment.machine().cores()).append(" cores; ")
                    .append("fsync=").append(environment.postgres().settings().get("fsync"))
                    .append(", synchronous_commit=").append(environment.postgres().settings().get("synchronous_commit")).append("\n\n")
                    .append("| Strategy | Rows per load | Rows/sec | ± 99.9% | × autocommit | % of fastest |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            for (SummaryRow row : run.result().summary()) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %s | %s | %.1f%% |%n", BenchmarkLabel.of(row), row.rows(),
                        row.rowsPerSecond(),
                        row.rowsPerSecondError() == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", row.rowsPerSecondError()),
                        figures.speedup(row).isPresent() ? String.format(Locale.ROOT, "%,.1f", figures.speedup(row).getAsDouble()) : "n/a",
                        figures.percentOfFastest(row)));
            }
            md.append('\n');
        }
        if (runs.size() > 1) {
            if (!caveats.isEmpty()) {
                md.append("**These runs differ in ways that change the answer:** ").append(String.join("; ", caveats)).append("\n\n");
            }
            md.append("### Share of the best run's rows/sec\n\n| Benchmark |");
            for (int i = 0; i < runs.size(); i++) {
                md.append(" Run ").append(i + 1).append(" |");
            }
            md.append("\n|---|").append("---:|".repeat(runs.size())).append('\n');
            for (String benchmark : ratios.benchmarks()) {
                md.append("| ").append(benchmark).append(" |");
                for (Map<String, Double> share : ratios.shareOfBestByRun()) {
                    Double value = share.get(benchmark);
                    md.append(' ').append(value == null ? "–" : String.format(Locale.ROOT, "%.2f", value)).append(" |");
                }
                md.append('\n');
            }
            md.append("| **Geometric mean** |");
            ratios.geometricMeanByRun().forEach(mean -> md.append(String.format(Locale.ROOT, " **%.2f** |", mean)));
            md.append('\n');
        }
        return md.toString();
    }
}
