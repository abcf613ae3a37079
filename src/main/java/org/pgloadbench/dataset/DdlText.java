package org.pgloadbench.dataset;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks, before the server sees it, that a {@code --table-ddl} file holds one CREATE TABLE
 * statement and nothing else: a second statement (a DROP, say) would otherwise run along with it.
 * Semicolons inside quoted strings, quoted identifiers, dollar quotes and comments do not count.
 */
final class DdlText {
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?s)\\s*create\\s+(?:(?:global|local)\\s+)?(?:(?:temp|temporary|unlogged)\\s+)?table\\s.*");

    private DdlText() {}

    static void checkOneCreateTable(String ddl) {
        String code = withoutCommentsAndQuotes(ddl);
        if (!CREATE_TABLE.matcher(code.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException(
                    "--table-ddl must hold one CREATE TABLE statement, and this one begins with '" + firstWords(code)
                            + "'");
        }
        int semicolon = code.indexOf(';');
        if (semicolon >= 0 && !code.substring(semicolon).replace(";", "").isBlank()) {
            throw new IllegalArgumentException(
                    "--table-ddl must hold one CREATE TABLE statement, and this file has more after the first semicolon");
        }
    }

    /** The text with comments removed and the inside of every quote blanked, so only the statement's own punctuation remains. */
    static String withoutCommentsAndQuotes(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("--table-ddl has a /* comment that never ends");
                }
                out.append(' ');
                i = end + 2;
            } else if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                out.append(c).append(c);
                i = end + 1;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                if (end < 0) {
                    throw new IllegalArgumentException("--table-ddl has a " + tag + " quote that never ends");
                }
                out.append("''");
                i = end + tag.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("--table-ddl has a " + quote + " quote that never ends");
    }

    /** {@code $$} or {@code $tag$} starting at {@code start}, or null. */
    private static String dollarTag(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(start, i + 1) : null;
    }

    private static String firstWords(String code) {
        int semicolon = code.indexOf(';');
        String trimmed = (semicolon < 0 ? code : code.substring(0, semicolon)).strip();
        return trimmed.length() <= 30 ? trimmed : trimmed.substring(0, 30) + "...";
    }
}
