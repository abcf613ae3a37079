package org.pgloadbench.dataset;

/**
 * SQL identifiers and string literals written so that no name or path, however odd, can change the
 * statement around it. Literals assume standard_conforming_strings, on by default since 9.1.
 */
public final class Identifiers {
    private Identifiers() {}

    /** {@code "name"}, with any double quote inside doubled. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code 'text'}, with any single quote inside doubled. */
    public static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
