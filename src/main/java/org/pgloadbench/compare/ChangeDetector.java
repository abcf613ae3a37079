package org.pgloadbench.compare;

import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.pgloadbench.result.SampleStatistics;

/**
 * Decides whether one benchmark changed between two runs, from every raw sample of each.
 *
 * <p>A change counts only when the median moves by at least {@code threshold} AND a one-sided
 * Mann-Whitney U test, which assumes nothing about the shape of the noise, puts the samples'
 * shift in that direction at p below {@code alpha}. With so few samples that even a complete
 * separation could not reach {@code alpha} (the smallest one-sided p is 1 / C(n+m, n)), the test
 * is replaced by non-overlapping 99.9% confidence intervals, and the result says so; where those
 * overlap (or a side has one sample, which has no interval) the verdict is
 * {@link Verdict#TOO_FEW_SAMPLES}, never "same": absence of evidence is not evidence of no change.
 *
 * <p>The samples of one fork are not independent: they share that JVM's compiled code and that
 * stretch of the machine's time. On the 2-core development VM two forks of the same code ran 49%
 * apart (medians of 573k and 385k rows/s, in an A/A run of the ci profile), and the test over every
 * sample called another benchmark of that A/A comparison "faster" (p = 0.001). Forks are the independent units, and
 * with the two to four a CI job affords no test over them can reach 0.01 (a Welch t-test over two
 * forks' medians a side left a 62% slowdown at p = 0.014). So where both sides have two forks or
 * more, a change must also hold fork by fork: every fork of one side beyond the threshold from
 * every fork of the other ({@code forkGap}, the change between the closest two, must itself reach
 * the threshold).
 */
public final class ChangeDetector {
    public enum Method {
        MANN_WHITNEY,
        CONFIDENCE_INTERVALS
    }

    /**
     * {@code pValue} is null when the confidence-interval fallback decided; {@code forkGap} (the
     * relative change between the closest fork medians of the two sides, in the direction the
     * medians moved; of the other sign where they overlap) is null where a side has a single fork.
     */
    public record Outcome(
            double baselineMedian,
            double currentMedian,
            double change,
            Double pValue,
            Double forkGap,
            Method method,
            Verdict verdict) {}

    private final double threshold;
    private final double alpha;

    /** @param threshold relative change, e.g. 0.10 for 10% */
    public ChangeDetector(double threshold, double alpha) {
        this.threshold = threshold;
        this.alpha = alpha;
    }

    /** Samples with no fork structure: as if each side were one fork. */
    public Outcome compare(List<Double> baseline, List<Double> current) {
        return compareForks(List.of(baseline), List.of(current));
    }

    /** Each side's samples, fork by fork. */
    public Outcome compareForks(List<List<Double>> baselineForks, List<List<Double>> currentForks) {
        List<Double> baseline = flat(baselineForks);
        List<Double> current = flat(currentForks);
        double baselineMedian = SampleStatistics.median(baseline);
        double currentMedian = SampleStatistics.median(current);
        double change = currentMedian / baselineMedian - 1;
        boolean largeEnough = Math.abs(change) >= threshold;
        if (smallestOneSidedP(baseline.size(), current.size()) >= alpha) {
            Verdict verdict =
                    intervalsSeparate(baseline, current) ? verdict(change, largeEnough) : Verdict.TOO_FEW_SAMPLES;
            return new Outcome(baselineMedian, currentMedian, change, null, null, Method.CONFIDENCE_INTERVALS, verdict);
        }
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(toArray(baseline), toArray(current));
        // The normal approximation is symmetric: in the direction the ranks moved, the one-sided p is
        // half the two-sided one; in the other direction (medians and ranks disagree) it is the rest.
        boolean ranksAgreeWithMedians =
                (meanRankOfCurrent(baseline, current) > (baseline.size() + current.size() + 1) / 2.0) == (change > 0);
        double oneSided = ranksAgreeWithMedians ? twoSided / 2 : 1 - twoSided / 2;
        Double forkGap = baselineForks.size() < 2 || currentForks.size() < 2
                ? null
                : forkGap(medians(baselineForks), medians(currentForks), change > 0);
        boolean everyFork = forkGap == null || (change > 0 ? forkGap >= threshold : forkGap <= -threshold);
        return new Outcome(
                baselineMedian,
                currentMedian,
                change,
                oneSided,
                forkGap,
                Method.MANN_WHITNEY,
                verdict(change, largeEnough && oneSided < alpha && everyFork));
    }

    /**
     * Upwards: the slowest current fork against the fastest baseline fork; downwards: the fastest
     * current fork against the slowest baseline fork. Beyond zero in that direction only where every
     * fork of one side lies beyond every fork of the other.
     */
    static double forkGap(List<Double> baseline, List<Double> current, boolean upwards) {
        return upwards
                ? Collections.min(current) / Collections.max(baseline) - 1
                : Collections.max(current) / Collections.min(baseline) - 1;
    }

    private static List<Double> medians(List<List<Double>> forks) {
        return forks.stream().map(SampleStatistics::median).toList();
    }

    private static List<Double> flat(List<List<Double>> forks) {
        return forks.stream().flatMap(List::stream).toList();
    }

    private static Verdict verdict(double change, boolean significant) {
        if (!significant) {
            return Verdict.SAME;
        }
        return change > 0 ? Verdict.FASTER : Verdict.SLOWER;
    }

    /**
     * The samples a side needs before a complete separation can reach {@code alpha} in the
     * Mann-Whitney test (5 at 0.01): below that only non-overlapping intervals can decide.
     */
    public static int samplesPerSideNeeded(double alpha) {
        int samples = 1;
        while (smallestOneSidedP(samples, samples) >= alpha) {
            samples++;
        }
        return samples;
    }

    /** In doubles: C(n+m, n) outgrows a long from about 34 samples a side (C(68, 34) > 2^63). */
    static double smallestOneSidedP(int n, int m) {
        return 1 / CombinatoricsUtils.binomialCoefficientDouble(n + m, n);
    }

    private static boolean intervalsSeparate(List<Double> baseline, List<Double> current) {
        SampleStatistics a = SampleStatistics.of(baseline);
        SampleStatistics b = SampleStatistics.of(current);
        if (a.halfWidth999() == null || b.halfWidth999() == null) {
            return false;
        }
        return a.mean() + a.halfWidth999() < b.mean() - b.halfWidth999()
                || b.mean() + b.halfWidth999() < a.mean() - a.halfWidth999();
    }

    private static double meanRankOfCurrent(List<Double> baseline, List<Double> current) {
        double[] pooled = new double[baseline.size() + current.size()];
        for (int i = 0; i < baseline.size(); i++) {
            pooled[i] = baseline.get(i);
        }
        for (int i = 0; i < current.size(); i++) {
            pooled[baseline.size() + i] = current.get(i);
        }
        double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(pooled);
        double sum = 0;
        for (int i = baseline.size(); i < pooled.length; i++) {
            sum += ranks[i];
        }
        return sum / current.size();
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
