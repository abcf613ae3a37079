package org.pgloadbench.result;

import java.util.List;
import java.util.Map;

/**
 * psql loading the same rows in the same form as a Java strategy, timed in the same run: the
 * yardstick of what a C client does with libpq. {@code samplesMillis} are per-load wall times with
 * psql's own start-up and connection ({@code startupMillis}, measured alone) already subtracted.
 */
public record PsqlResult(
        String strategy,
        long rows,
        Map<String, String> params,
        String psqlVersion,
        double startupMillis,
        List<Double> samplesMillis,
        double rowsPerSecond,
        Double rowsPerSecondError) {}
