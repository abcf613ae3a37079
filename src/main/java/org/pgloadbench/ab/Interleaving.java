package org.pgloadbench.ab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The order of an A/B run: strategy by strategy, each fork of the base next to the same fork of the
 * head, the side that goes first alternating from pair to pair (A B, B A, A B, ...). Drift over the
 * run (a filling disk, a warming server, a neighbour on the host) then falls on both sides alike,
 * and neither side always runs first or always follows the other.
 */
public final class Interleaving {
    public enum Side {
        BASE,
        HEAD;

        /** {@code base HEAD~1 (1a2b3c4)}: a side as the console, its result file and the reports name it. */
        public String describe(Revision revision) {
            return name().toLowerCase(Locale.ROOT) + " " + revision.label();
        }

        /** {@code base-1a2b3c4}: a side as its result file's name ends. */
        public String fileTag(Revision revision) {
            return name().toLowerCase(Locale.ROOT) + "-" + revision.shortName();
        }
    }

    /** One launch: a strategy's fork {@code fork} (from 1) on one side. */
    public record Step(String strategy, int fork, Side side) {}

    private Interleaving() {}

    public static List<Step> of(List<String> strategies, int forks) {
        List<Step> steps = new ArrayList<>();
        int pair = 0;
        for (String strategy : strategies) {
            for (int fork = 1; fork <= forks; fork++, pair++) {
                Side first = pair % 2 == 0 ? Side.BASE : Side.HEAD;
                steps.add(new Step(strategy, fork, first));
                steps.add(new Step(strategy, fork, first == Side.BASE ? Side.HEAD : Side.BASE));
            }
        }
        return steps;
    }
}
