/**
 * psql, PostgreSQL's own client, loading the same rows the same way: the yardstick of {@code --compare-psql}.
 */
@MayImport({"bench.launch", "dataset", "result", "server", "strategy"})
package org.pgloadbench.psql;

import org.pgloadbench.MayImport;
