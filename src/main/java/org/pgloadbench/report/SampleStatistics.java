package org.pgloadbench.report;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** Mean and the half-width of a 99.9% Student-t interval, as JMH reports for its own samples. */
public record SampleStatistics(double mean, Double halfWidth999) {
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
