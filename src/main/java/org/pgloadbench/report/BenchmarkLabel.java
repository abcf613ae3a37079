package org.pgloadbench.report;

import java.util.Map;

/**
 * Names a result for people: the strategy, plus the one parameter that changes its meaning
 * (rows per statement for the multi-row strategies, the bad-row share for COPY_ON_ERROR), plus
 * the dataset when it is not the default users rows.
 */
final class BenchmarkLabel {
    private static final Map<String, String> RELEVANT_PARAM = Map.of(
            "MULTI_ROW_VALUES", "rowsPerStatement",
            "UNNEST_ARRAYS", "rowsPerStatement",
            "COPY_ON_ERROR", "badRowPercent");

    private BenchmarkLabel() {
    }

    static boolean batchesRows(String strategy) {
        return "rowsPerStatement".equals(RELEVANT_PARAM.get(strategy));
    }

    static String of(SummaryRow row) {
        String detail = detail(row);
        String dataset = row.params().getOrDefault("dataset", "USERS");
        String label = detail.isEmpty() ? row.strategy() : row.strategy() + " (" + detail + ")";
        return dataset.equals("USERS") ? label : label + " [" + dataset.toLowerCase(java.util.Locale.ROOT) + " rows]";
    }

    private static String detail(SummaryRow row) {
        String param = RELEVANT_PARAM.get(row.strategy());
        String value = param == null ? null : row.params().get(param);
        if (value == null) {
            return "";
        }
        return param.equals("rowsPerStatement") ? value + " rows/stmt" : value.replaceAll("\\.0$", "") + "% bad";
    }
}
