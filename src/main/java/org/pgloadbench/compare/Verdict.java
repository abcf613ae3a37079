package org.pgloadbench.compare;

import java.util.Locale;

/** What a comparison concludes for one benchmark. */
public enum Verdict {
    FASTER,
    SLOWER,
    SAME,
    /**
     * Too few samples for the test to reach alpha and confidence intervals that overlap: the data
     * cannot tell a change from noise, so calling it "same" would pass a slowdown unseen.
     */
    TOO_FEW_SAMPLES,
    /** In one of the two files only: nothing to compare. */
    MISSING,
    /**
     * The same strategy, rows and parameters on both sides, but a different table behind the same
     * name (its columns or types changed): another load, so never paired.
     */
    NOT_COMPARABLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
