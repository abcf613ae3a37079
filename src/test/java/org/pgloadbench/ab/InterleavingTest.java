package org.pgloadbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgloadbench.ab.Interleaving.Side;
import org.pgloadbench.ab.Interleaving.Step;

class InterleavingTest {
    @Test
    void sidesAlternateWhoGoesFirstAcrossForksAndStrategies() {
        List<Step> steps = Interleaving.of(List.of("COPY_TEXT", "MULTI_ROW_VALUES"), 2);
        assertEquals(
                List.of(
                        new Step("COPY_TEXT", 1, Side.BASE), new Step("COPY_TEXT", 1, Side.HEAD),
                        new Step("COPY_TEXT", 2, Side.HEAD), new Step("COPY_TEXT", 2, Side.BASE),
                        new Step("MULTI_ROW_VALUES", 1, Side.BASE), new Step("MULTI_ROW_VALUES", 1, Side.HEAD),
                        new Step("MULTI_ROW_VALUES", 2, Side.HEAD), new Step("MULTI_ROW_VALUES", 2, Side.BASE)),
                steps);
    }

    @Test
    void anOddForkCountCarriesTheAlternationIntoTheNextStrategy() {
        List<Side> order =
                Interleaving.of(List.of("A", "B"), 3).stream().map(Step::side).toList();
        assertEquals(
                List.of(
                        Side.BASE, Side.HEAD, Side.HEAD, Side.BASE, Side.BASE, Side.HEAD, Side.HEAD, Side.BASE,
                        Side.BASE, Side.HEAD, Side.HEAD, Side.BASE),
                order);
    }
}
