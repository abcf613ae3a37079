package org.pgloadbench.result;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Names a result for people: the strategy, plus the parameters its {@link Strategy} constant says
 * it reads (rows per statement, the bad-row share), plus the table, its indexes, the dataset and
 * the rows the table held before each load where they are not the default (users, pk, realistic
 * rows, an empty table). A strategy this version does not know (a newer file) is shown by name alone.
 */
public final class BenchmarkLabel {
    private BenchmarkLabel() {}

    public static boolean reads(String strategy, StrategyParameter parameter) {
        return Strategy.named(strategy).map(known -> known.reads(parameter)).orElse(false);
    }

    public static String of(SummaryRow row) {
        return withSetting(parameters(row), row);
    }

    /** The label and the rows per load, for charts and tables where one strategy may appear at several load sizes. */
    public static String withRows(SummaryRow row) {
        return of(row) + " · " + RowCounts.compact(row.rows()) + " rows";
    }

    /** The strategy and, where not the defaults, what it loaded: one line of a sweep over one of its parameters. */
    public static String strategyOnTable(SummaryRow row) {
        return withSetting(row.strategy(), row);
    }

    /** {@code name}, what was loaded in brackets where it is not the default, and the crash mark. */
    private static String withSetting(String name, SummaryRow row) {
        List<String> setting = setting(row, false);
        return name + (setting.isEmpty() ? "" : " [" + String.join(", ", setting) + "]") + crashMark(row);
    }

    /** The strategy and the parameters it reads, marked where it is not crash-safe: the label without the table. */
    public static String strategy(SummaryRow row) {
        return parameters(row) + crashMark(row);
    }

    private static String parameters(SummaryRow row) {
        String detail = detail(row);
        return detail.isEmpty() ? row.strategy() : row.strategy() + " (" + detail + ")";
    }

    private static String crashMark(SummaryRow row) {
        return Strategy.named(row.strategy())
                        .filter(strategy -> !strategy.crashSafe())
                        .isPresent()
                ? " [NOT CRASH-SAFE]"
                : "";
    }

    /**
     * What was loaded, in full: the table, its indexes and, unless realistic rows into an empty
     * table with sequential keys and no features, the dataset, the rows already there, the key
     * order and the table's features. Loads with the same text are comparable.
     */
    public static String table(SummaryRow row) {
        return String.join(", ", setting(row, true));
    }

    /** Whether the load was the suite's first one: realistic rows into the empty users table with its primary key. */
    public static boolean plainTable(SummaryRow row) {
        return setting(row, false).isEmpty();
    }

    /**
     * Table, indexes, dataset, existing rows, key order and table features; with {@code always}, the
     * table and indexes even where they are the defaults.
     */
    private static List<String> setting(SummaryRow row, boolean always) {
        List<String> setting = new java.util.ArrayList<>();
        String table = row.params().getOrDefault("table", JmhBenchmark.DEFAULT_TABLE);
        if (always || !table.equals(JmhBenchmark.DEFAULT_TABLE)) {
            setting.add(table);
        }
        String indexes = row.params().getOrDefault("indexes", JmhBenchmark.DEFAULT_INDEXES);
        if (always || !indexes.equals(JmhBenchmark.DEFAULT_INDEXES)) {
            setting.add("indexes " + indexes);
        }
        String dataset = row.params().getOrDefault("dataset", "USERS");
        if (!dataset.equals("USERS")) {
            setting.add(dataset.toLowerCase(java.util.Locale.ROOT) + " rows");
        }
        long existing = Long.parseLong(row.params().getOrDefault("existingRows", "0"));
        if (existing > 0) {
            setting.add("into " + RowCounts.compact(existing) + " rows");
        }
        String keyOrder = row.params().getOrDefault("keyOrder", "natural");
        // Files of the day key orders came recorded the table's own order by name.
        if (!keyOrder.equals("natural") && !keyOrder.equals("sequential")) {
            setting.add(keyOrder + " keys");
        }
        String features = row.params().getOrDefault("tableFeature", "none");
        if (!features.equals("none")) {
            setting.add(features);
        }
        return setting;
    }

    private static String detail(SummaryRow row) {
        List<StrategyParameter> parameters =
                Strategy.named(row.strategy()).map(Strategy::parameters).orElse(List.of());
        return parameters.stream()
                .map(parameter -> {
                    String value = row.params().get(parameter.jmhName());
                    return value == null ? null : parameter.label(value);
                })
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
