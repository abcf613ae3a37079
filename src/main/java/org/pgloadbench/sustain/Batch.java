package org.pgloadbench.sustain;

import org.pgloadbench.result.LoadCost;

/**
 * One batch of a sustained run: the rows the table held before it, what the load cost (wall time,
 * WAL, full-page images, CPU, checkpoints and autovacuums that ran meanwhile), the pause before it
 * and the table's size on disk after it.
 *
 * @param pauseNanos        the untimed time since the last batch's load ended (making this batch's rows,
 *                          checking the last one's, the readings, the result file); 0 for the first batch
 * @param pauseCheckpoints  checkpoints the server began during that pause
 * @param heapBytes         the table with its TOAST, free space and visibility maps, {@code pg_table_size}
 * @param indexBytes        every index of the table, {@code pg_indexes_size}
 */
public record Batch(
        long rowsBefore, LoadCost cost, long pauseNanos, long pauseCheckpoints, long heapBytes, long indexBytes) {
    public double rowsPerSecond() {
        return cost.rows() / (cost.wallNanos() / 1e9);
    }

    public long rowsAfter() {
        return rowsBefore + cost.rows();
    }

    public double walBytesPerRow() {
        return (double) cost.walBytes() / cost.rows();
    }

    /** Null where the server does not count them (before PostgreSQL 15). */
    public Double fullPageImagesPerRow() {
        return cost.fullPageImages() == null ? null : (double) cost.fullPageImages() / cost.rows();
    }

    /** Checkpoints begun during the load. */
    public long checkpoints() {
        Long begun = cost.disturbances() == null ? null : cost.disturbances().checkpoints();
        return begun == null ? 0 : begun;
    }
}
