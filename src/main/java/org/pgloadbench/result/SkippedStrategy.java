package org.pgloadbench.result;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A strategy asked for that the run's server could not run, and why: a gap in reports, never a number. */
public record SkippedStrategy(String strategy, String reason) {
    /** One sentence for under a run's table, "Not run on this server: NAME (why); ..."; empty if none. */
    public static Optional<String> note(List<SkippedStrategy> skipped) {
        if (skipped == null || skipped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Not run on this server: "
                + skipped.stream()
                        .map(skip -> skip.strategy() + " (" + skip.reason() + ")")
                        .collect(Collectors.joining("; "))
                + ".");
    }
}
