package org.pgloadbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.bench.launch.Profile;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.strategy.NotApplicableException;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategySettings;

/**
 * Turns the command line's strategies, tables, indexes and existing rows into planned runs, table
 * by table. A strategy that cannot load a table (an upsert on a table without a key, a load that
 * must start from an empty table into one holding rows) is left out with a note, never faked.
 */
final class RunPlanner {
    private final List<Strategy> strategies;
    private final Dataset dataset;
    private final Profile profile;
    private final Integer rows;
    private final List<Integer> rowsPerStatement;
    private final double badRowPercent;
    private final List<Integer> connections;
    private final List<Integer> existingRows;

    RunPlanner(
            List<Strategy> strategies,
            Dataset dataset,
            Profile profile,
            Integer rows,
            List<Integer> rowsPerStatement,
            double badRowPercent,
            List<Integer> connections,
            List<Integer> existingRows) {
        this.strategies = strategies.stream().distinct().toList();
        this.dataset = dataset;
        this.profile = profile;
        this.rows = rows;
        this.rowsPerStatement = rowsPerStatement;
        this.badRowPercent = badRowPercent;
        this.connections = connections;
        this.existingRows = existingRows.stream().distinct().toList();
    }

    List<PlannedRun> plan(List<Table> tables, PrintStream notes) {
        List<PlannedRun> planned = new ArrayList<>();
        for (Table table : tables) {
            for (int existing : existingRows) {
                for (Strategy strategy : strategies) {
                    planned.addAll(plan(strategy, table, existing, notes));
                }
            }
        }
        return planned;
    }

    /** One strategy's runs on a table holding {@code existing} rows; none, with a note, where it cannot load it. */
    private List<PlannedRun> plan(Strategy strategy, Table table, int existing, PrintStream notes) {
        List<PlannedRun> runs = PlannedRun.of(
                strategy, table, existing, dataset, profile, rows, rowsPerStatement, badRowPercent, connections);
        for (PlannedRun run : runs) {
            try {
                table.shape().checkRowCount((long) existing + run.rows());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        PlannedRun first = runs.get(0);
        try {
            strategy.create(new StrategySettings(
                    table,
                    first.rowsPerStatement().get(0),
                    badRowPercent,
                    first.connections().get(0),
                    first.formats().get(0),
                    existing));
        } catch (NotApplicableException e) {
            notes.printf("Not applicable: %s.%n", e.getMessage());
            return List.of();
        } catch (IllegalArgumentException e) {
            // the plan check names the value it cannot take
        }
        return runs;
    }
}
