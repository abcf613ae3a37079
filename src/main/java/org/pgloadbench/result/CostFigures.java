package org.pgloadbench.result;

/**
 * Where a benchmark's time went, per row: the summary's cost fields. Busy shares are CPU time over
 * wall time; the server's is divided by its backends, so 1.0 means every backend was on a CPU the
 * whole load; the client's counts every JVM thread and may pass 1.0 when encoder threads run side
 * by side. What is neither is waiting: for round trips, flushes to disk, locks or the other side.
 */
public record CostFigures(
        Double walBytesPerRow,
        Double fullPageImagesPerRow,
        Double serverCpuMicrosPerRow,
        Double clientCpuMicrosPerRow,
        Double serverBusyShare,
        Double clientBusyShare) {
    public static final CostFigures NONE = new CostFigures(null, null, null, null, null, null);
}
