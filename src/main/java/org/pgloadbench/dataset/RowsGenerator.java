package org.pgloadbench.dataset;

/** Makes a table's rows from a seed, a chunk at a time: the same seed gives the same rows, chunked or not. */
public interface RowsGenerator {
    /** One pass over the rows from the first; chunks must be asked for in order. */
    interface Pass {
        Rows next(long firstRow, int rowCount);
    }

    Pass start(long seed);
}
