package org.pgloadbench.report;

import java.util.Locale;

/** What a comparison concludes for one benchmark. */
public enum Verdict {
    FASTER, SLOWER, SAME,
    /** In one of the two files only: nothing to compare. */
    MISSING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
