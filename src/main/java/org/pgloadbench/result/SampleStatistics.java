package org.pgloadbench.result;

import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The statistics the suite reads from a sample, each defined once, here: the mean and the
 * half-width of its 99.9% Student-t interval, as JMH reports for its own samples, and the median.
 */
public record SampleStatistics(double mean, Double halfWidth999) {
    /**
     * The middle value, or the mean of the middle two for an even count: what verdicts, outliers,
     * psql's start-up time and the proxy's round trip are read from, being robust to a stray sample.
     *
     * @throws IllegalArgumentException for no samples, which have no median
     */
    public static double median(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples, so no median");
        }
        double[] sorted =
                samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static SampleStatistics of(List<Double> samples) {
        SummaryStatistics statistics = new SummaryStatistics();
        samples.forEach(statistics::addValue);
        if (statistics.getN() < 2) {
            return new SampleStatistics(statistics.getMean(), null);
        }
        double t = new TDistribution(statistics.getN() - 1).inverseCumulativeProbability(1 - 0.001 / 2);
        return new SampleStatistics(
                statistics.getMean(), t * statistics.getStandardDeviation() / Math.sqrt(statistics.getN()));
    }
}
