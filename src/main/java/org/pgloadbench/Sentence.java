package org.pgloadbench;

import java.util.List;
import java.util.Optional;

/** How the launcher says what went wrong: one sentence after {@code run-bench.sh: }, with one period and no password. */
public final class Sentence {
    public static final String PREFIX = "run-bench.sh: ";

    private Sentence() {}

    public static String of(String message) {
        return PREFIX + withoutFullStop(Passwords.mask(oneLine(message))) + ".";
    }

    /**
     * A message on one line, so that what the launcher says last is its own sentence: a server's
     * error as pgjdbc gives it ({@code ERROR: ...}, then {@code Detail:}, {@code Hint:}, {@code Where:}
     * and {@code Position:} lines) keeps its first line and its detail, which says which row or key.
     */
    public static String oneLine(String message) {
        List<String> lines = message.strip()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.size() <= 1) {
            return lines.isEmpty() ? "" : lines.get(0);
        }
        String detail = lines.stream()
                .filter(line -> line.startsWith("Detail: "))
                .map(line -> "; " + withoutFullStop(line.substring("Detail: ".length())))
                .findFirst()
                .orElse("");
        return withoutFullStop(lines.get(0)) + detail;
    }

    /** The last sentence a launcher said in {@code output}, without its prefix and period. */
    public static Optional<String> lastIn(List<String> output) {
        return output.stream()
                .filter(line -> line.startsWith(PREFIX))
                .reduce((first, second) -> second)
                .map(line -> withoutFullStop(line.substring(PREFIX.length())));
    }

    private static String withoutFullStop(String text) {
        return text.replaceAll("[.\\s]+$", "");
    }
}
