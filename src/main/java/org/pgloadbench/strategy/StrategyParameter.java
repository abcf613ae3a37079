package org.pgloadbench.strategy;

import java.util.function.UnaryOperator;

/**
 * A benchmark parameter that only some strategies read. A strategy declares the ones it reads in
 * its {@link Strategy} constant; labels show exactly those, and only those are swept for it.
 */
public enum StrategyParameter {
    ROWS_PER_STATEMENT("rowsPerStatement", "rows per statement", value -> value + " rows/stmt"),
    BAD_ROW_PERCENT("badRowPercent", "malformed rows (%)", value -> value.replaceAll("\\.0$", "") + "% bad"),
    CONNECTIONS("connections", "connections", value -> value + (value.equals("1") ? " connection" : " connections"));

    private final String jmhName;
    private final String description;
    private final UnaryOperator<String> label;

    StrategyParameter(String jmhName, String description, UnaryOperator<String> label) {
        this.jmhName = jmhName;
        this.description = description;
        this.label = label;
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
