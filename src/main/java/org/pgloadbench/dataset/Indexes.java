package org.pgloadbench.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indexes a table carries while it is loaded, a benchmark dimension: every index is updated
 * for every row, and secondary indexes often cost a load more than the table itself.
 */
public enum Indexes {
    /** No index at all: no primary key, no unique constraint. */
    NONE("none"),
    /** The primary key (and the unique constraints of a user's table), as declared. */
    PK("pk"),
    /** The primary key and two secondary btree indexes on the shape's first two indexable non-key columns. */
    PK_PLUS_2("pk+2");

    private final String label;

    Indexes(String label) {
        this.label = label;
    }

    /** The value {@code --indexes} takes and results carry. */
    public String label() {
        return label;
    }

    public static Optional<Indexes> named(String label) {
        return Arrays.stream(values())
                .filter(indexes -> indexes.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Indexes::label).collect(Collectors.joining(", "));
    }
}
