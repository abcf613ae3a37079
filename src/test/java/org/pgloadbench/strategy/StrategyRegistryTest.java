package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.annotations.Param;
import org.pgloadbench.bench.fork.LoadBenchmark;
import org.pgloadbench.dataset.Table;

/** What each registry constant declares is true of the suite. */
class StrategyRegistryTest {
    private static final Set<String> BENCHMARK_PARAMETERS = Arrays.stream(LoadBenchmark.class.getFields())
            .filter(field -> field.isAnnotationPresent(Param.class))
            .map(field -> field.getName())
            .collect(Collectors.toSet());

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyConstantMakesItsStrategy(Strategy strategy) {
        assertNotNull(strategy.create(new StrategySettings(Table.users(), 100, 1, 1, CopyFormat.BINARY)));
        assertEquals(strategy, Strategy.named(strategy.name()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyDeclaredParameterIsABenchmarkParameter(Strategy strategy) {
        for (StrategyParameter parameter : strategy.parameters()) {
            assertTrue(BENCHMARK_PARAMETERS.contains(parameter.jmhName()), parameter.jmhName());
        }
    }

    @ParameterizedTest
    @EnumSource(StrategyParameter.class)
    void everyParameterIsReadBySomeStrategy(StrategyParameter parameter) {
        assertTrue(Arrays.stream(Strategy.values()).anyMatch(strategy -> strategy.reads(parameter)), parameter.name());
    }
}
