package org.pgloadbench.dataset;

/**
 * The rows of one load, column by column: the in-memory form every strategy reads.
 *
 * <p>Columns follow {@link UsersTable}: {@code id bigint, name text, email text,
 * score double precision, created_at timestamptz}. Timestamps are microseconds since the Unix
 * epoch in UTC, PostgreSQL's own resolution. Instances are shared read-only by all strategies.
 */
public final class Rows {
    private final long[] ids;
    private final TextColumn names;
    private final TextColumn emails;
    private final double[] scores;
    private final long[] createdAtMicros;

    public Rows(long[] ids, TextColumn names, TextColumn emails, double[] scores, long[] createdAtMicros) {
        int n = ids.length;
        if (names.size() != n || emails.size() != n || scores.length != n || createdAtMicros.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.ids = ids;
        this.names = names;
        this.emails = emails;
        this.scores = scores;
        this.createdAtMicros = createdAtMicros;
    }

    public int size() {
        return ids.length;
    }

    public long id(int row) {
        return ids[row];
    }

    public TextColumn names() {
        return names;
    }

    public TextColumn emails() {
        return emails;
    }

    public double score(int row) {
        return scores[row];
    }

    public long createdAtMicros(int row) {
        return createdAtMicros[row];
    }

    /** The heap these rows occupy, array contents only. */
    public long heapBytes() {
        return 3L * Long.BYTES * size() + names.heapBytes() + emails.heapBytes();
    }
}
