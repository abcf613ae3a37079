package org.pgloadbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pgloadbench.compare.EnvironmentDifferences;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.ResultFile;

/**
 * What every renderer of one report reads: the runs, in the order given, each run's rows/sec as a
 * share of the best run's, what differs between their environments, and the chart images already
 * drawn (the HTML page embeds them).
 */
record ReportInput(List<NamedResult> runs, CrossFileRatios ratios, List<String> caveats, List<Path> chartPngs) {
    /** The runs with their ratios and, for each later run, what differs from run 1's environment; no charts yet. */
    static ReportInput of(List<NamedResult> runs) {
        List<String> caveats = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            int number = i + 1;
            EnvironmentDifferences.between(
                            runs.get(0).result().environment(),
                            runs.get(i).result().environment())
                    .forEach(difference -> caveats.add("run " + number + " vs run 1: " + difference));
        }
        return new ReportInput(runs, CrossFileRatios.of(runs), List.copyOf(caveats), List.of());
    }

    /** The one run of a single-run report; empty for a report of several. */
    Optional<ResultFile> single() {
        return runs.size() == 1 ? Optional.of(runs.get(0).result()) : Optional.empty();
    }

    ReportInput withCharts(List<Path> pngs) {
        return new ReportInput(runs, ratios, caveats, pngs);
    }
}
