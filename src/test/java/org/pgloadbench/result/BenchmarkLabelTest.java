package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

class BenchmarkLabelTest {
    private static final Map<String, String> PARAMS = Map.of(
            "rowsPerStatement",
            "1000",
            "badRowPercent",
            "1.0",
            "connections",
            "4",
            "dataset",
            "USERS",
            "format",
            "TEXT");

    /** Each label shows exactly the parameters its strategy reads, and says so when a crash may lose the rows. */
    @ParameterizedTest
    @EnumSource(Strategy.class)
    void showsWhatTheRegistryDeclares(Strategy strategy) {
        String label = BenchmarkLabel.of(new SummaryRow(strategy.name(), 1_000, PARAMS, 1.0, null, 1));

        assertTrue(label.startsWith(strategy.name()), label);
        for (StrategyParameter parameter : StrategyParameter.values()) {
            String shown = parameter.label(PARAMS.get(parameter.jmhName()));
            assertEquals(strategy.reads(parameter), label.contains(shown), label);
        }
        assertEquals(!strategy.crashSafe(), label.endsWith("[NOT CRASH-SAFE]"), label);
    }

    /** The table's setting names what is not the first case: rows already there, keys out of order. */
    @Test
    void theSettingNamesRowsAlreadyThereAndAKeyOrderOtherThanSequential() {
        SummaryRow sequential = new SummaryRow(
                "COPY_BINARY", 1_000, Map.of("existingRows", "2000000", "keyOrder", "sequential"), 1.0, null, 1);
        SummaryRow random = new SummaryRow(
                "COPY_BINARY", 1_000, Map.of("existingRows", "2000000", "keyOrder", "random"), 1.0, null, 1);
        assertEquals("users, indexes pk, into 2M rows", BenchmarkLabel.table(sequential));
        assertEquals("users, indexes pk, into 2M rows, random keys", BenchmarkLabel.table(random));
        assertEquals(false, BenchmarkLabel.plainTable(random));
    }

    @Test
    void aStrategyThisVersionDoesNotKnowIsShownByName() {
        assertEquals("FROM_THE_FUTURE", BenchmarkLabel.of(new SummaryRow("FROM_THE_FUTURE", 1, PARAMS, 1.0, null, 1)));
    }
}
