package org.pgloadbench.strategy;

/** What psql, PostgreSQL's own C client, does that is the same load as a strategy, if anything. */
public enum PsqlCounterpart {
    NONE,
    /** {@code \copy} of the byte-identical text COPY stream. */
    TEXT_COPY,
    /** {@code \copy ... with (format binary)} of the byte-identical binary stream. */
    BINARY_COPY,
    /** {@code psql -f} of the same multi-row INSERT ... VALUES statements, values as literals. */
    VALUES_SCRIPT,
    /** {@code psql -f} of the same INSERT ... SELECT FROM unnest statements, arrays as literals. */
    UNNEST_SCRIPT
}
