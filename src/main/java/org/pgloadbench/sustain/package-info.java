/**
 * Sustained ingest ({@code ./run-bench.sh sustain}): one strategy at a time appends batches to one
 * table that is never emptied, with no CHECKPOINT forced, until it holds the rows asked for or the
 * time is up, so checkpoints, autovacuum and the kernel's write-back happen inside the measurement,
 * as they do in production. Each batch is read as a measured load is (WAL, full-page images, CPU,
 * what else ran) plus the table's size, and the result file is rewritten after every batch, so a
 * run that ends early keeps every batch it measured. It is one long loop, not a microbenchmark, and
 * runs in the launcher's JVM: no JMH fork.
 */
@MayImport({"bench.fork", "dataset", "result", "server", "strategy"})
package org.pgloadbench.sustain;

import org.pgloadbench.MayImport;
