package org.pgloadbench.dataset;

/** SQL identifiers written so that no name, however odd, can change the statement around it. */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code "name"}, with any double quote inside doubled. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
