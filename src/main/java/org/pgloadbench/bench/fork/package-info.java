/**
 * Runs in the forks JMH starts: {@link org.pgloadbench.bench.fork.LoadBenchmark}, the one benchmark,
 * which empties, loads and verifies, and the meters that read each load's costs (WAL, server and
 * client CPU, what else ran) around it. A benchmark parameter is a field of LoadBenchmark.
 */
@MayImport({"bench", "dataset", "lifecycle", "result", "server", "strategy"})
package org.pgloadbench.bench.fork;

import org.pgloadbench.MayImport;
