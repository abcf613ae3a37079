package org.pgloadbench;

import java.util.List;
import java.util.Optional;

/** How the launcher says what went wrong: one sentence after {@code run-bench.sh: }, with one period and no password. */
public final class Sentence {
    public static final String PREFIX = "run-bench.sh: ";

    private Sentence() {}

    public static String of(String message) {
        return PREFIX + withoutFullStop(Passwords.mask(message.strip())) + ".";
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
