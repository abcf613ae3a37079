package org.pgloadbench.bench.launch;

import java.util.List;
import java.util.Map;
import org.pgloadbench.Memory;
import org.pgloadbench.UserError;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategySettings;

/**
 * Checks one planned benchmark against what its fork will meet: every combination of its parameter
 * values must make a strategy (each strategy refuses what it cannot do, e.g. more bind parameters
 * than the protocol allows), and rows held in memory need a heap to fit in: the fork's default, or
 * a larger one the runner gives it (see {@link JmhRunner#checkPlan}).
 */
final class PlanCheck {
    /** Rows sampled to learn a dataset's heap bytes per row. */
    private static final int SAMPLE_ROWS = 10_000;
    /**
     * Peak heap while rows are generated, per byte they finally occupy: a text arena grows by
     * doubling and is trimmed by a copy, so for a moment it exists about twice.
     */
    private static final double GENERATION_PEAK = 2.0;
    /** The share of a fork's heap the rows may take; the rest is for the strategy, the driver and JMH. */
    private static final double HEAP_SHARE_FOR_ROWS = 0.75;

    private PlanCheck() {}

    static void check(Strategy strategy, Table table, Map<String, List<String>> parameters) {
        for (String rowsPerStatement : parameters.get("rowsPerStatement")) {
            for (String badRowPercent : parameters.get("badRowPercent")) {
                for (String connections : parameters.get("connections")) {
                    for (String format : parameters.get("format")) {
                        try {
                            strategy.create(new StrategySettings(
                                    table,
                                    Integer.parseInt(rowsPerStatement),
                                    Double.parseDouble(badRowPercent),
                                    Integer.parseInt(connections),
                                    CopyFormat.parse(format)));
                        } catch (IllegalArgumentException e) {
                            throw new UserError(e.getMessage());
                        }
                    }
                }
            }
        }
    }

    /**
     * The fork heap the run's rows need while held in memory, for its largest row count; zero
     * when they are generated during the load.
     */
    static long heapNeeded(Table table, Map<String, List<String>> parameters) {
        if (!parameters.get("streamRows").contains("false")) {
            return 0;
        }
        long needed = 0;
        for (String dataset : parameters.get("dataset")) {
            for (String rows : parameters.get("rows")) {
                needed = Math.max(needed, heapNeeded(table.shape(), Dataset.valueOf(dataset), Integer.parseInt(rows)));
            }
        }
        return needed;
    }

    private static long heapNeeded(TableShape shape, Dataset dataset, int rows) {
        int sample = Math.min(rows, SAMPLE_ROWS);
        double bytesPerRow =
                dataset.generate(shape, sample, RowGenerator.DEFAULT_SEED).heapBytes() / (double) sample;
        return (long) (rows * bytesPerRow * GENERATION_PEAK / HEAP_SHARE_FOR_ROWS);
    }

    /** Whole gibibytes, rounded up: the heap a fork is given when its default is too small. */
    static int gibibytes(long bytes) {
        return (int) Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    }

    /** The heap a run may give its forks without asking: half the machine's memory, the rest for PostgreSQL and the OS. */
    static long largestAutomaticHeap() {
        return Memory.totalBytes() / 2;
    }

    static UserError tooLarge(PlannedRun run, long needed, long heap) {
        return new UserError(String.format(
                "%,d %s rows of table %s held in memory need a fork heap of about %,d MB, but a "
                        + "benchmark fork has %,d MB and this machine gives a fork at most %,d MB unasked; generate them during the load "
                        + "with -- -p streamRows=true, or give the forks more heap with -- -jvmArgsAppend -Xmx%dg",
                run.rows(),
                run.dataset().name().toLowerCase(),
                run.table().shape().name(),
                needed >> 20,
                heap >> 20,
                largestAutomaticHeap() >> 20,
                gibibytes(needed)));
    }

    /** The last -Xmx on the fork's command line wins, as in the JVM itself, whose default is a quarter of the memory. */
    static long maxHeap(List<String> jvmArguments) {
        long heap = Memory.totalBytes() / 4;
        for (String argument : jvmArguments) {
            if (argument.startsWith("-Xmx")) {
                heap = bytes(argument.substring(4));
            }
        }
        return heap;
    }

    private static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long number = Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        switch (unit) {
            case 'k':
                return number << 10;
            case 'm':
                return number << 20;
            case 'g':
                return number << 30;
            case 't':
                return number << 40;
            default:
                return number;
        }
    }
}
