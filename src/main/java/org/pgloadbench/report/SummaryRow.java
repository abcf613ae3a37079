package org.pgloadbench.report;

import java.util.Map;

/**
 * One benchmark's result in the unit people read. {@code rows} is rows sent per load (for a
 * strategy that skips malformed rows, that includes the ones the server skipped). The error is the
 * half-width of JMH's 99.9% confidence interval carried over to rows/sec; null where JMH has none
 * (one sample).
 */
public record SummaryRow(String strategy, long rows, Map<String, String> params, double rowsPerSecond,
                         Double rowsPerSecondError, int samples) {
}
