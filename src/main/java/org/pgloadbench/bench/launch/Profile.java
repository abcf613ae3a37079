package org.pgloadbench.bench.launch;

import java.util.List;
import java.util.Locale;
import org.pgloadbench.strategy.Strategy;

/**
 * How much a run measures. The slow strategies get fewer rows than the fast ones so that every
 * load lasts long enough to time (a second or more on a laptop-class machine) and no run takes
 * hours; rows/sec keeps them comparable. Four warm-up loads: the multi-row strategies' binding
 * code is still being compiled through the third load of 500k rows on this 2-core machine.
 * JMH flags after {@code --} override any count here.
 */
public enum Profile {
    /**
     * A first look at every strategy in about four minutes on 2 cores: one fork, four warm-up loads
     * (more while the JIT is busy) and ten measured loads each, a quarter of the ci profile's rows.
     * Ten samples, not five: JMH's 99.9% interval multiplies a sample's spread by Student's t over
     * the root of the count, 8.6/√5 = 3.9 for five samples and 4.8/√10 = 1.5 for ten, so loads
     * that vary by 3% give ± 12% with five and ± 5% with ten.
     */
    QUICK(4, 10, 1, 2_000, 12_500, 125_000, List.of(), List.of(1_000), List.of(2)),
    /**
     * For regression checks: 500k-row loads in two forks, so every benchmark has ten samples,
     * enough for a one-sided Mann-Whitney test at p < 0.01. About twelve minutes on 2 cores.
     */
    CI(4, 5, 2, 2_000, 50_000, 500_000, List.of(), List.of(1_000), List.of(2)),
    /**
     * The real measurement: twice the rows, two forks of eight measured loads each, rowsPerStatement
     * and connections swept, and the plain COPYs also at 10k and 100k rows a load, to show a row
     * costs the same in a small load as in a large one.
     */
    FULL(
            4,
            8,
            2,
            10_000,
            100_000,
            1_000_000,
            List.of(10_000, 100_000, 1_000_000),
            List.of(10, 100, 1_000, 10_000),
            List.of(1, 2, 4, 8));

    private final int warmupIterations;
    private final int measurementIterations;
    private final int forks;
    private final int autocommitRows;
    private final int transactionRows;
    private final int bulkRows;
    private final List<Integer> sweptRows;
    private final List<Integer> rowsPerStatement;
    private final List<Integer> connections;

    Profile(
            int warmupIterations,
            int measurementIterations,
            int forks,
            int autocommitRows,
            int transactionRows,
            int bulkRows,
            List<Integer> sweptRows,
            List<Integer> rowsPerStatement,
            List<Integer> connections) {
        this.warmupIterations = warmupIterations;
        this.measurementIterations = measurementIterations;
        this.forks = forks;
        this.autocommitRows = autocommitRows;
        this.transactionRows = transactionRows;
        this.bulkRows = bulkRows;
        this.sweptRows = sweptRows;
        this.rowsPerStatement = rowsPerStatement;
        this.connections = connections;
    }

    /** {@code quick}, {@code ci}, {@code full}: as result files and their names give the profile. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public int forks() {
        return forks;
    }

    /**
     * Rows per load, one JMH run each: a commit per row caps a load near the disk's flush rate, hence
     * its few rows; the strategies whose rows are swept get every value of the sweep.
     */
    public List<Integer> rowsFor(Strategy strategy) {
        if (Strategy.ROWS_SWEPT.contains(strategy) && !sweptRows.isEmpty()) {
            return sweptRows;
        }
        switch (strategy.loadKind()) {
            case PER_ROW_COMMIT:
                return List.of(autocommitRows);
            case PER_ROW_STATEMENT:
                return List.of(transactionRows);
            default:
                return List.of(bulkRows);
        }
    }

    public List<Integer> rowsPerStatement() {
        return rowsPerStatement;
    }

    /** The connections values for the strategies that load over several. */
    public List<Integer> connections() {
        return connections;
    }
}
