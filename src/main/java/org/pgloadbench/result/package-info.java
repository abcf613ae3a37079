/**
 * The result file: its model, reading, checking and writing, merging single-fork files, the cost log
 * forks write, and the sample statistics (mean, 99.9% interval, median) every reader uses. Imported by
 * whatever writes or reads results; it never talks to a database.
 */
@MayImport({"server", "strategy"})
package org.pgloadbench.result;

import org.pgloadbench.MayImport;
