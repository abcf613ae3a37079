/**
 * Runs in the launcher: plans the JMH runs (profiles, parameters, heap), checks them before any
 * server starts, starts a JMH host per benchmark and draws the console's progress from its events.
 * Add a profile here ({@link org.pgloadbench.bench.launch.Profile}).
 */
@MayImport({"bench", "bench.fork", "bench.host", "dataset", "lifecycle", "result", "server", "strategy"})
package org.pgloadbench.bench.launch;

import org.pgloadbench.MayImport;
