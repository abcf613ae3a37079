package org.pgloadbench.strategy;

import java.util.function.UnaryOperator;

/**
 * A benchmark parameter that only some strategies read. A strategy declares the ones it reads in
 * its {@link Strategy} constant; labels show exactly those, and only those are swept for it.
 */
public enum StrategyParameter {
    ROWS_PER_STATEMENT("rowsPerStatement", value -> value + " rows/stmt"),
    BAD_ROW_PERCENT("badRowPercent", value -> value.replaceAll("\\.0$", "") + "% bad"),
    CONNECTIONS("connections", value -> value + (value.equals("1") ? " connection" : " connections"));

    private final String jmhName;
    private final UnaryOperator<String> label;

    StrategyParameter(String jmhName, UnaryOperator<String> label) {
        this.jmhName = jmhName;
        this.label = label;
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
