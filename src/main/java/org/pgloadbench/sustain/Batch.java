package org.pgloadbench.sustain;

import org.pgloadbench.result.LoadCost;

/**
 * One batch of a sustained run: the rows the table held before it, what the load cost (wall time,
 * WAL, full-page images, CPU, checkpoints and autovacuums that ran meanwhile), and the table's size
 * on disk after it.
 *
 * @param heapBytes  the table's main fork, {@code pg_relation_size}
 * @param indexBytes every index of the table, {@code pg_indexes_size}
 */
public record Batch(long rowsBefore, LoadCost cost, long heapBytes, long indexBytes) {
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

    public long checkpoints() {
        Long begun = cost.disturbances() == null ? null : cost.disturbances().checkpoints();
        return begun == null ? 0 : begun;
    }
}
