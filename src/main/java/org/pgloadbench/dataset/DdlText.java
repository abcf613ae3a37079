package org.pgloadbench.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before the server sees it, that a {@code --table-ddl} file holds one CREATE TABLE
 * statement and nothing else: a second statement (a DROP, say) would otherwise run along with it.
 * Semicolons inside quoted strings, quoted identifiers, dollar quotes and comments do not count.
 * What the text alone shows the suite cannot load (a temporary, unlogged or partitioned table, one
 * named like a built-in table, one whose every column the server fills itself) is refused here too,
 * seconds before a server would have started only to refuse it; the catalog checks the rest.
 */
final class DdlText {
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?s)\\s*create\\s+(?:(?:global|local)\\s+)?(?:(temp|temporary|unlogged)\\s+)?table\\s.*");
    /** The table's name after CREATE ... TABLE [IF NOT EXISTS], maybe schema-qualified, each part maybe quoted. */
    private static final Pattern TABLE_NAME = Pattern.compile(
            "(?is)(?:\\s|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*create\\s+(?:(?:global|local)\\s+)?(?:(?:temp|temporary|unlogged)\\s+)?table\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?((?:\"(?:[^\"]|\"\")*\"|[\\w$]+)(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")*\"|[\\w$]+))*)");

    private static final Pattern PARTITION_BY = Pattern.compile("(?i)\\)\\s*partition\\s+by\\b");
    /** A column the server fills itself: identity, generated or serial. */
    private static final Pattern FILLED_BY_SERVER =
            Pattern.compile("(?i)\\bgenerated\\b|^\\s*\\S+\\s+(small|big)?serial(2|4|8)?\\b");
    /** A table constraint in the column list, which is no column. */
    private static final Pattern TABLE_CONSTRAINT =
            Pattern.compile("(?i)^\\s*(constraint|primary|unique|check|foreign|exclude|like)\\b");

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
        Matcher create = CREATE_TABLE.matcher(code.toLowerCase(Locale.ROOT));
        String name = tableName(ddl);
        if (create.matches() && create.group(1) != null) {
            throw new IllegalArgumentException("--table-ddl creates " + name + " as a temporary or unlogged table; "
                    + "give a plain (logged) one, since the unlogged strategies make the table unlogged themselves");
        }
        if (PARTITION_BY.matcher(code).find()) {
            throw new IllegalArgumentException("--table-ddl creates the partitioned table " + name
                    + ", which the suite does not load yet; give a plain table");
        }
        if (TableShape.builtIn(name).isPresent()) {
            throw new IllegalArgumentException("--table-ddl creates a table named " + name
                    + ", which is the name of a built-in table; rename it so results can tell the two apart");
        }
        List<String> columns = columnDefinitions(code);
        if (!columns.isEmpty()
                && columns.stream()
                        .allMatch(column -> FILLED_BY_SERVER.matcher(column).find())) {
            throw new IllegalArgumentException(
                    "table " + name + " has no column the suite can send: all are identity, generated or serial");
        }
    }

    /** The table's own name as the catalog gives it: unquoted, lower case unless quoted, without its schema. */
    static String tableName(String ddl) {
        Matcher matcher = TABLE_NAME.matcher(ddl);
        if (!matcher.lookingAt()) {
            return "";
        }
        String qualified = matcher.group(1);
        String last = qualified.substring(lastDotOutsideQuotes(qualified) + 1).strip();
        return last.startsWith("\"")
                ? last.substring(1, last.length() - 1).replace("\"\"", "\"")
                : last.toLowerCase(Locale.ROOT);
    }

    private static int lastDotOutsideQuotes(String qualified) {
        boolean quoted = false;
        int dot = -1;
        for (int i = 0; i < qualified.length(); i++) {
            char c = qualified.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                dot = i;
            }
        }
        return dot;
    }

    /** The column list's entries that define columns (table constraints left out), from the text without comments and quotes. */
    private static List<String> columnDefinitions(String code) {
        int open = code.indexOf('(');
        if (open < 0) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                entries.add(code.substring(start, i));
                break;
            } else if (c == ',' && depth == 1) {
                entries.add(code.substring(start, i));
                start = i + 1;
            }
        }
        return entries.stream()
                .filter(entry ->
                        !entry.isBlank() && !TABLE_CONSTRAINT.matcher(entry).find())
                .toList();
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
