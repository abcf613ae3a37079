package org.pgloadbench.psql;

/** Builds a PostgreSQL array literal such as {@code '{"a","b",NULL}'::text[]}. */
final class ArrayLiteral {
    private final StringBuilder elements = new StringBuilder();

    /** Double-quotes the element, escaping quotes and backslashes; null becomes NULL. */
    void addQuoted(String element) {
        separate();
        if (element == null) {
            elements.append("NULL");
            return;
        }
        elements.append('"');
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (c == '"' || c == '\\') {
                elements.append('\\');
            }
            elements.append(c);
        }
        elements.append('"');
    }

    String sql(String elementType) {
        return SqlLiterals.text("{" + elements + "}") + "::" + elementType + "[]";
    }

    private void separate() {
        if (elements.length() > 0) {
            elements.append(',');
        }
    }
}
