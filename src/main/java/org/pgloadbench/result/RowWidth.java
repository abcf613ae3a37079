package org.pgloadbench.result;

/**
 * How many bytes a table's rows take in COPY's text form, averaged over the first
 * {@code rowsMeasured} rows of the dataset loaded: rows/sec times this is MB/s, the figure that
 * makes a load of 90-byte rows and one of 1.5 KiB rows comparable.
 */
public record RowWidth(String table, String dataset, double textBytesPerRow, int rowsMeasured) {}
