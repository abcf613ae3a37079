package org.pgloadbench.strategy;

/**
 * A strategy that cannot load a given table, said in one sentence: an upsert on a table without a
 * key, COPY with ON_ERROR on a table no malformed value can reach. Runs report the combination as
 * not applicable and go on with the others; it is never faked.
 */
public final class NotApplicableException extends IllegalArgumentException {
    public NotApplicableException(String reason) {
        super(reason);
    }
}
