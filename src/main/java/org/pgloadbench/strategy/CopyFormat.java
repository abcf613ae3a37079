package org.pgloadbench.strategy;

import java.util.Locale;

/** COPY's two data formats, for the strategy that reads either: the server's own file load. */
public enum CopyFormat {
    TEXT,
    BINARY;

    /**
     * The format of exactly that name, as a JMH fork will read it ({@code valueOf}): a name the forks
     * would refuse is refused here, in one sentence, before anything runs.
     */
    public static CopyFormat parse(String name) {
        for (CopyFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be TEXT or BINARY, not " + name);
    }

    /** The option COPY takes: {@code (FORMAT text)}. */
    String option() {
        return " (FORMAT " + name().toLowerCase(Locale.ROOT) + ")";
    }
}
