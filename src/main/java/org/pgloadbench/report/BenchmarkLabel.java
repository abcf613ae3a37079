package org.pgloadbench.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Names a result for people: the strategy, plus the parameters its {@link Strategy} constant says
 * it reads (rows per statement, the bad-row share), plus the dataset when it is not the default
 * users rows. A strategy this version does not know (a newer file) is shown by name alone.
 */
final class BenchmarkLabel {
    private BenchmarkLabel() {
    }

    static boolean reads(String strategy, StrategyParameter parameter) {
        return Strategy.named(strategy).map(known -> known.reads(parameter)).orElse(false);
    }

    static String of(SummaryRow row) {
        return Strategy.named(row.strategy()).filter(strategy -> !strategy.crashSafe()).isPresent()
                ? plain(row) + " [NOT CRASH-SAFE]" : plain(row);
    }

    private static String plain(SummaryRow row) {
        String detail = detail(row);
        String dataset = row.params().getOrDefault("dataset", "USERS");
        String label = detail.isEmpty() ? row.strategy() : row.strategy() + " (" + detail + ")";
        return dataset.equals("USERS") ? label : label + " [" + dataset.toLowerCase(java.util.Locale.ROOT) + " rows]";
    }

    private static String detail(SummaryRow row) {
        List<StrategyParameter> parameters = Strategy.named(row.strategy()).map(Strategy::parameters).orElse(List.of());
        return parameters.stream()
                .map(parameter -> {
                    String value = row.params().get(parameter.jmhName());
                    return value == null ? null : parameter.label(value);
                })
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
