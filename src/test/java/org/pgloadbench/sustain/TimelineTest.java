package org.pgloadbench.sustain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgloadbench.result.LoadCost;

class TimelineTest {
    /** Eight batches of 1,000 rows taking 1 s, 1 s, ... then 2 s, 4 s: the last quarter is the last two. */
    private static final Timeline TIMELINE = timeline(1, 1, 1, 1, 1, 1, 2, 4);

    @Test
    void burstIsTheFirstBatchAndSustainedTheLastQuarter() {
        assertEquals(1_000, TIMELINE.burstRowsPerSecond(), 1e-9);
        assertEquals(2_000 / 6.0, TIMELINE.sustainedRowsPerSecond(), 1e-9);
        assertEquals(1 / 3.0, TIMELINE.sustainedOverBurst(), 1e-9);
        assertEquals(8_000, TIMELINE.rows());
    }

    /** Twelve seconds loading, seven pauses of half a second. */
    @Test
    void theLoadsShareOfTheTime() {
        assertEquals(12 / 15.5, TIMELINE.loadingShare(), 1e-9);
    }

    @Test
    void quartersAreAtLeastOneBatch() {
        assertEquals(2, TIMELINE.firstQuarter().size());
        Timeline short_ = timeline(1, 2);
        assertEquals(1, short_.firstQuarter().size());
        assertEquals(List.of(short_.batches().get(1)), short_.lastQuarter());
    }

    @Test
    void walAndFullPageImagesPerRowOverSomeBatches() {
        assertEquals(200.0, Timeline.walBytesPerRow(TIMELINE.firstQuarter()), 1e-9);
        assertEquals(0.5, Timeline.fullPageImagesPerRow(TIMELINE.lastQuarter()), 1e-9);
    }

    private static Timeline timeline(double... seconds) {
        List<Batch> batches = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            LoadCost cost = new LoadCost(1_000, (long) (seconds[i] * 1e9), 200_000, 10L, 500L, null, 1, 0, null, null);
            batches.add(new Batch(1_000L * i, cost, i == 0 ? 0 : 500_000_000L, 0, 8_192L * (i + 1), 4_096L * (i + 1)));
        }
        return new Timeline("COPY_BINARY", "users, indexes pk", batches, null, null);
    }
}
