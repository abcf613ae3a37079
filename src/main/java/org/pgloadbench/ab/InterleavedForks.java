package org.pgloadbench.ab;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pgloadbench.ab.Interleaving.Side;
import org.pgloadbench.ab.Interleaving.Step;
import org.pgloadbench.result.ResultFile;

/** Launches an A/B run's steps in order, one line of progress each, and collects each side's forks in the order they ran. */
public final class InterleavedForks {
    private InterleavedForks() {}

    /** @param results each side's forks, in the order they ran, added to as each one ends: what a failure leaves is there */
    public static void run(
            List<Step> steps,
            int forks,
            Map<Side, Revision> revisions,
            Map<Side, String> classpaths,
            ForkLauncher launcher,
            PrintStream progress,
            Map<Side, List<ResultFile>> results)
            throws IOException {
        String line = "[%" + String.valueOf(steps.size()).length() + "d/%d] %-"
                + width(revisions.entrySet().stream()
                        .map(side -> side.getKey().describe(side.getValue()))
                        .toList()) + "s  %-"
                + width(steps.stream().map(Step::strategy).toList()) + "s  fork %d of %d  %s  %.0f s%n";
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Revision revision = revisions.get(step.side());
            Instant launched = Instant.now();
            ResultFile fork = launcher.run(revision, classpaths.get(step.side()), step.strategy());
            results.computeIfAbsent(step.side(), side -> new ArrayList<>()).add(fork);
            progress.printf(
                    line,
                    i + 1,
                    steps.size(),
                    step.side().describe(revision),
                    step.strategy(),
                    step.fork(),
                    forks,
                    rates(fork),
                    Duration.between(launched, Instant.now()).toMillis() / 1000.0);
        }
    }

    /** The fork's rows/s, one figure per benchmark it ran (the mean of its measured loads). */
    private static String rates(ResultFile fork) {
        return fork.summary().stream()
                        .map(row -> String.format("%,.0f", row.rowsPerSecond()))
                        .collect(Collectors.joining(" / "))
                + " rows/s";
    }

    private static int width(List<String> texts) {
        return texts.stream().mapToInt(String::length).max().orElse(1);
    }
}
