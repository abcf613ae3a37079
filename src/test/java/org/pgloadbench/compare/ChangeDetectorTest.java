package org.pgloadbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decision rule on synthetic samples, where the truth is known. */
class ChangeDetectorTest {
    private final ChangeDetector test = new ChangeDetector(0.10, 0.01);

    @Test
    void sameDistributionIsSame() {
        ChangeDetector.Outcome outcome = test.compare(noisy(100_000, 0.03, 1, 10), noisy(100_000, 0.03, 2, 10));
        assertEquals(Verdict.SAME, outcome.verdict());
        assertEquals(ChangeDetector.Method.MANN_WHITNEY, outcome.method());
    }

    @Test
    void clearTwentyPercentDropIsSlower() {
        ChangeDetector.Outcome outcome = test.compare(noisy(100_000, 0.03, 1, 10), noisy(80_000, 0.03, 2, 10));
        assertEquals(Verdict.SLOWER, outcome.verdict());
        assertTrue(outcome.pValue() < 0.01, "p = " + outcome.pValue());
        assertEquals(-0.20, outcome.change(), 0.03);
    }

    @Test
    void clearTwentyPercentGainIsFaster() {
        assertEquals(
                Verdict.FASTER,
                test.compare(noisy(100_000, 0.03, 1, 10), noisy(120_000, 0.03, 2, 10))
                        .verdict());
    }

    @Test
    void significantButSmallChangeIsSame() {
        ChangeDetector.Outcome outcome = test.compare(noisy(100_000, 0.005, 1, 10), noisy(95_000, 0.005, 2, 10));
        assertTrue(outcome.pValue() < 0.01, "the 5% shift is real");
        assertEquals(Verdict.SAME, outcome.verdict(), "but below the 10% threshold");
    }

    @Test
    void largeButNoisyChangeIsSame() {
        List<Double> baseline = List.of(100.0, 40.0, 160.0, 90.0, 110.0, 55.0);
        List<Double> current = List.of(85.0, 150.0, 30.0, 80.0, 95.0, 60.0);
        assertEquals(Verdict.SAME, test.compare(baseline, current).verdict());
    }

    @Test
    void tooFewSamplesFallBackToConfidenceIntervals() {
        assertTrue(ChangeDetector.smallestOneSidedP(4, 4) >= 0.01, "C(8,4) = 70 arrangements: p >= 1/70");
        assertTrue(ChangeDetector.smallestOneSidedP(5, 5) < 0.01, "C(10,5) = 252");
        ChangeDetector.Outcome outcome = test.compare(List.of(100.0, 100.5, 99.5), List.of(70.0, 70.5, 69.5));
        assertEquals(ChangeDetector.Method.CONFIDENCE_INTERVALS, outcome.method());
        assertNull(outcome.pValue());
        assertEquals(
                Verdict.SLOWER, outcome.verdict(), "99.9% intervals [90.9, 109.1] and [60.9, 79.1] do not overlap");

        ChangeDetector.Outcome wide = test.compare(List.of(100.0, 101.0, 99.0), List.of(70.0, 71.0, 69.0));
        assertEquals(
                Verdict.TOO_FEW_SAMPLES, wide.verdict(), "t(2) = 31.6 makes [81.8, 118.2] and [51.8, 88.2] overlap");
    }

    @Test
    void oneSampleEachIsTooFewEvenForANinetyPercentDrop() {
        ChangeDetector.Outcome outcome = test.compare(List.of(714_286.0), List.of(71_429.0));
        assertEquals(-0.90, outcome.change(), 0.001);
        assertEquals(Verdict.TOO_FEW_SAMPLES, outcome.verdict(), "one sample has no interval");
    }

    @Test
    void separatedIntervalsWithASmallChangeAreSame() {
        ChangeDetector.Outcome outcome = test.compare(List.of(100.0, 100.1, 99.9), List.of(95.0, 95.1, 94.9));
        assertEquals(ChangeDetector.Method.CONFIDENCE_INTERVALS, outcome.method());
        assertEquals(Verdict.SAME, outcome.verdict(), "[98.2, 101.8] and [93.2, 96.8] separate, but -5% is below 10%");
    }

    @Test
    void samplesNeededFollowFromAlpha() {
        assertEquals(5, ChangeDetector.samplesPerSideNeeded(0.01), "1/C(10,5) = 0.004; 1/C(8,4) = 0.014");
        assertEquals(4, ChangeDetector.samplesPerSideNeeded(0.05), "1/C(8,4) = 0.014; 1/C(6,3) = 0.05 is not below");
        assertEquals(8, ChangeDetector.samplesPerSideNeeded(0.0001), "1/C(16,8) = 7.8e-5");
    }

    @Test
    void manySamplesAreTestedWithoutOverflow() {
        ChangeDetector.Outcome outcome = test.compare(noisy(100_000, 0.03, 1, 40), noisy(100_000, 0.03, 2, 40));
        assertEquals(ChangeDetector.Method.MANN_WHITNEY, outcome.method(), "C(80, 40) = 1.1e23 arrangements");
        assertEquals(Verdict.SAME, outcome.verdict());
    }

    /**
     * COPY_BINARY in an A/A ab run of the ci profile (the same commit on both sides, thousands of
     * rows/s): the forks scatter. Over all twenty samples the test said faster at p = 0.001; but the
     * slower head fork is only 6% above the faster base fork.
     */
    @Test
    void forksThatScatterDoNotMakeAChange() {
        List<List<Double>> base =
                List.of(List.of(329.0, 321.0, 395.0, 373.0, 375.0), List.of(385.0, 299.0, 300.0, 320.0, 326.0));
        List<List<Double>> head =
                List.of(List.of(386.0, 373.0, 428.0, 428.0, 395.0), List.of(346.0, 425.0, 441.0, 440.0, 387.0));
        ChangeDetector.Outcome outcome = test.compareForks(base, head);
        assertTrue(outcome.pValue() < 0.01, "the samples alone: " + outcome.pValue());
        assertEquals(395.0 / 373.0 - 1, outcome.forkGap(), 1e-9, "head's slower fork over base's faster one");
        assertEquals(Verdict.SAME, outcome.verdict());
    }

    @Test
    void aShiftEveryForkShowsIsAChange() {
        List<List<Double>> base = List.of(noisy(100_000, 0.03, 1, 5), noisy(98_000, 0.03, 2, 5));
        List<List<Double>> head = List.of(noisy(80_000, 0.03, 3, 5), noisy(79_000, 0.03, 4, 5));
        ChangeDetector.Outcome outcome = test.compareForks(base, head);
        assertTrue(
                outcome.forkGap() <= -0.10, "every head fork 10% or more below every base fork: " + outcome.forkGap());
        assertEquals(Verdict.SLOWER, outcome.verdict());
    }

    @Test
    void oneForkASideIsJudgedOnItsSamplesAlone() {
        assertNull(test.compareForks(List.of(noisy(100_000, 0.03, 1, 10)), List.of(noisy(80_000, 0.03, 2, 10)))
                .forkGap());
    }

    @Test
    void aForkOfEachSideThatOverlapKeepsAChangeFromBeingCalled() {
        List<List<Double>> base = List.of(noisy(100_000, 0.01, 1, 5), noisy(100_000, 0.01, 2, 5));
        List<List<Double>> head = List.of(noisy(70_000, 0.01, 3, 5), noisy(95_000, 0.01, 4, 5));
        ChangeDetector.Outcome outcome = test.compareForks(base, head);
        assertTrue(outcome.pValue() < 0.01, "the samples alone: " + outcome.pValue());
        assertEquals(Verdict.SAME, outcome.verdict(), "one head fork is only 5% below");
    }

    private static List<Double> noisy(double center, double relativeNoise, long seed, int count) {
        Random random = new Random(seed);
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(center * (1 + relativeNoise * random.nextGaussian()));
        }
        return samples;
    }
}
