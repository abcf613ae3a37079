/**
 * Runs in the JMH host, a small JVM per benchmark between the launcher and the forks: runs JMH, keeps
 * its whole output in the run's log without stack traces on the console, and reports each load.
 */
@MayImport({"bench", "lifecycle", "result"})
package org.pgloadbench.bench.host;

import org.pgloadbench.MayImport;
