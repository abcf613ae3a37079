package org.pgloadbench.bench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgloadbench.UserError;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.Strategy;

/** Rows held in memory get the heap they need, so a million wide rows stay out of the timing. */
class ForkHeapTest {
    @Test
    void aMillionWideRowsGetALargerHeapWhereTheMachineHasRoomElseOneSentence() {
        JmhRunner runner = new JmhRunner(Profile.QUICK, List.of(), true);
        PlannedRun wide = run(TableShape.WIDE, 1_000_000);
        long needed = PlanCheck.heapNeeded(
                wide.table(),
                java.util.Map.of(
                        "streamRows", List.of("false"), "dataset", List.of("USERS"), "rows", List.of("1000000")));
        assertTrue(needed > 2L << 30, "more than the default 2 GB: " + (needed >> 20) + " MB");
        if (needed <= PlanCheck.largestAutomaticHeap()) {
            runner.checkPlan(List.of(wide));
            assertEquals(PlanCheck.gibibytes(needed), runner.largerHeap(wide).orElseThrow());
        } else {
            assertThrows(UserError.class, () -> runner.checkPlan(List.of(wide)));
        }
    }

    @Test
    void rowsThatFitTheDefaultHeapKeepIt() {
        JmhRunner runner = new JmhRunner(Profile.QUICK, List.of(), true);
        PlannedRun users = run(TableShape.USERS, 250_000);
        runner.checkPlan(List.of(users));
        assertTrue(runner.largerHeap(users).isEmpty());
    }

    @Test
    void aHeapTheUserSetIsNeverOverriddenOnlyRefused() {
        JmhRunner runner = new JmhRunner(Profile.QUICK, List.of("-jvmArgsAppend", "-Xmx1g"), true);
        UserError refusal =
                assertThrows(UserError.class, () -> runner.checkPlan(List.of(run(TableShape.WIDE, 1_000_000))));
        assertTrue(
                refusal.getMessage().contains("generate them during the load with -- -p streamRows=true"),
                refusal.getMessage());
    }

    private static PlannedRun run(TableShape shape, int rows) {
        return new PlannedRun(
                Strategy.COPY_BINARY,
                Table.builtIn(shape, Indexes.PK),
                0,
                Dataset.USERS,
                rows,
                List.of(1_000),
                1,
                List.of(1),
                List.of(CopyFormat.BINARY));
    }
}
