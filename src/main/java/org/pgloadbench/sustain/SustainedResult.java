package org.pgloadbench.sustain;

import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.result.Environment;

/**
 * A sustained run's result file: where it ran, what it was asked for, every strategy's batches.
 *
 * @param untilRows          the rows each strategy's table was to reach; null where a time limit alone ends it
 * @param durationSeconds    the time each strategy was given; null where the rows alone end it
 * @param sharedBuffersBytes the server's shared_buffers: where the indexes outgrow it, random keys start to read
 * @param incomplete         why the run ended before every strategy had run; null once it has
 */
public record SustainedResult(
        int schemaVersion,
        String createdAt,
        String label,
        Environment environment,
        long batchRows,
        Long untilRows,
        Long durationSeconds,
        long sharedBuffersBytes,
        List<Timeline> timelines,
        String incomplete) {
    public static final int SCHEMA_VERSION = 1;

    public SustainedResult {
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
    }

    /** The same file with the last timeline replaced, or a new one begun. */
    SustainedResult withTimeline(Timeline timeline, boolean replacesLast) {
        List<Timeline> all = new ArrayList<>(timelines);
        if (replacesLast) {
            all.set(all.size() - 1, timeline);
        } else {
            all.add(timeline);
        }
        return with(all, incomplete);
    }

    SustainedResult incomplete(String reason) {
        return with(timelines, reason);
    }

    private SustainedResult with(List<Timeline> someTimelines, String reason) {
        return new SustainedResult(
                schemaVersion,
                createdAt,
                label,
                environment,
                batchRows,
                untilRows,
                durationSeconds,
                sharedBuffersBytes,
                someTimelines,
                reason);
    }

    public boolean hasBatches() {
        return timelines.stream().anyMatch(timeline -> !timeline.batches().isEmpty());
    }
}
