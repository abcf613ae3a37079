package org.pgloadbench.bench.launch;

import static org.pgloadbench.strategy.Strategy.LoadKind.BULK;
import static org.pgloadbench.strategy.Strategy.LoadKind.PER_ROW_COMMIT;
import static org.pgloadbench.strategy.Strategy.LoadKind.PER_ROW_STATEMENT;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * A first look at every strategy: one fork, four warm-up loads (more while the JIT is busy) and
     * ten measured loads each, a quarter of the ci profile's rows. Ten samples, not five: JMH's
     * 99.9% interval multiplies a sample's spread by Student's t over the root of the count,
     * 8.6/√5 = 3.9 for five samples and 4.8/√10 = 1.5 for ten, so loads that vary by 3% give ± 12%
     * with five and ± 5% with ten.
     */
    QUICK(loads().warmup(4)
            .measured(10)
            .forks(1)
            .rows(PER_ROW_COMMIT, 2_000)
            .rows(PER_ROW_STATEMENT, 12_500)
            .rows(BULK, 125_000)
            .rowsPerStatement(1_000)
            .connections(2)),
    /**
     * For regression checks: 500k-row loads in two forks, so every benchmark has ten samples,
     * enough for a one-sided Mann-Whitney test at p < 0.01.
     */
    CI(loads().warmup(4)
            .measured(5)
            .forks(2)
            .rows(PER_ROW_COMMIT, 2_000)
            .rows(PER_ROW_STATEMENT, 50_000)
            .rows(BULK, 500_000)
            .rowsPerStatement(1_000)
            .connections(2)),
    /**
     * The real measurement: twice the rows, two forks of eight measured loads each, rowsPerStatement
     * and connections swept, and the plain COPYs also at 10k and 100k rows a load, to show a row
     * costs the same in a small load as in a large one.
     */
    FULL(loads().warmup(4)
            .measured(8)
            .forks(2)
            .rows(PER_ROW_COMMIT, 10_000)
            .rows(PER_ROW_STATEMENT, 100_000)
            .rows(BULK, 1_000_000)
            .smallerLoads(10_000, 100_000, 1_000_000)
            .rowsPerStatement(10, 100, 1_000, 10_000)
            .connections(1, 2, 4, 8));

    private final Settings settings;

    Profile(Settings settings) {
        this.settings = settings;
    }

    /** {@code quick}, {@code ci}, {@code full}: as result files and their names give the profile. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int warmupIterations() {
        return settings.warmup;
    }

    public int measurementIterations() {
        return settings.measured;
    }

    public int forks() {
        return settings.forks;
    }

    /**
     * Rows per load, one JMH run each: a commit per row caps a load near the disk's flush rate, hence
     * its few rows; the strategies whose rows are swept get every value of the sweep.
     */
    public List<Integer> rowsFor(Strategy strategy) {
        if (strategy.alsoAtSmallerLoads() && !settings.smallerLoads.isEmpty()) {
            return settings.smallerLoads;
        }
        return List.of(settings.rows.get(strategy.loadKind()));
    }

    public List<Integer> rowsPerStatement() {
        return settings.rowsPerStatement;
    }

    /** The connections values for the strategies that load over several. */
    public List<Integer> connections() {
        return settings.connections;
    }

    private static Settings loads() {
        return new Settings();
    }

    /** A profile's values, each set by name where its constant is declared. */
    private static final class Settings {
        private int warmup;
        private int measured;
        private int forks;
        private final Map<Strategy.LoadKind, Integer> rows = new EnumMap<>(Strategy.LoadKind.class);
        private List<Integer> smallerLoads = List.of();
        private List<Integer> rowsPerStatement = List.of();
        private List<Integer> connections = List.of();

        /** Warm-up loads per fork. */
        Settings warmup(int loads) {
            warmup = loads;
            return this;
        }

        /** Measured loads per fork. */
        Settings measured(int loads) {
            measured = loads;
            return this;
        }

        Settings forks(int count) {
            forks = count;
            return this;
        }

        /** Rows per load for the strategies whose cost grows with rows as {@code kind} says. */
        Settings rows(Strategy.LoadKind kind, int count) {
            rows.put(kind, count);
            return this;
        }

        /** Every row count a load of the strategies swept over row counts gets. */
        Settings smallerLoads(Integer... counts) {
            smallerLoads = List.of(counts);
            return this;
        }

        Settings rowsPerStatement(Integer... values) {
            rowsPerStatement = List.of(values);
            return this;
        }

        Settings connections(Integer... values) {
            connections = List.of(values);
            return this;
        }
    }
}
