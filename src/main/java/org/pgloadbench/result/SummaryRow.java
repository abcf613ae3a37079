package org.pgloadbench.result;

import java.util.Map;

/**
 * One benchmark's result in the unit people read. {@code rows} is rows sent per load (for a
 * strategy that skips malformed rows, that includes the ones the server skipped). The error is the
 * half-width of JMH's 99.9% confidence interval carried over to rows/sec; null where JMH has none
 * (one sample). The cost fields are {@link CostFigures}'s, null where the run could not measure
 * them (or predates them).
 */
public record SummaryRow(
        String strategy,
        long rows,
        Map<String, String> params,
        double rowsPerSecond,
        Double rowsPerSecondError,
        int samples,
        Double walBytesPerRow,
        Double fullPageImagesPerRow,
        Double serverCpuMicrosPerRow,
        Double clientCpuMicrosPerRow,
        Double serverBusyShare,
        Double clientBusyShare) {
    /** A result without cost figures. */
    public SummaryRow(
            String strategy,
            long rows,
            Map<String, String> params,
            double rowsPerSecond,
            Double rowsPerSecondError,
            int samples) {
        this(strategy, rows, params, rowsPerSecond, rowsPerSecondError, samples, null, null, null, null, null, null);
    }

    public SummaryRow withCosts(CostFigures costs) {
        return new SummaryRow(
                strategy,
                rows,
                params,
                rowsPerSecond,
                rowsPerSecondError,
                samples,
                costs.walBytesPerRow(),
                costs.fullPageImagesPerRow(),
                costs.serverCpuMicrosPerRow(),
                costs.clientCpuMicrosPerRow(),
                costs.serverBusyShare(),
                costs.clientBusyShare());
    }
}
