package org.pgloadbench.strategy;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A benchmark parameter that only some strategies read. A strategy declares the ones it reads in
 * its {@link Strategy} constant; labels show exactly those, and only those are swept for it.
 */
public enum StrategyParameter {
    ROWS_PER_STATEMENT("rowsPerStatement", "rows per statement", true, value -> value + " rows/stmt"),
    BAD_ROW_PERCENT("badRowPercent", "malformed rows (%)", true, value -> value.replaceAll("\\.0$", "") + "% bad"),
    CONNECTIONS(
            "connections", "connections", true, value -> value + (value.equals("1") ? " connection" : " connections")),
    FORMAT("format", "COPY format", false, value -> value.toLowerCase(Locale.ROOT));

    private final String jmhName;
    private final String description;
    private final boolean numeric;
    private final UnaryOperator<String> label;

    StrategyParameter(String jmhName, String description, boolean numeric, UnaryOperator<String> label) {
        this.jmhName = jmhName;
        this.description = description;
        this.numeric = numeric;
        this.label = label;
    }

    /** True where the values are numbers, so a sweep of them draws as a line. */
    public boolean numeric() {
        return numeric;
    }

    /** What the parameter is, for a chart axis: {@code rows per statement}. */
    public String description() {
        return description;
    }

    /** The name of the JMH {@code @Param} and of the key in a result file's params. */
    public String jmhName() {
        return jmhName;
    }

    /** How a value reads in a label, e.g. {@code 1000 rows/stmt}. */
    public String label(String value) {
        return label.apply(value);
    }
}
