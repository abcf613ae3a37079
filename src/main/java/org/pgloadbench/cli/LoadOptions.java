package org.pgloadbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.Profile;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.strategy.Strategy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say what a run loads: the profile, the strategies, the tables, the rows and what is read around each load. */
final class LoadOptions {
    @Option(
            names = "--profile",
            paramLabel = "quick|ci|full",
            description =
                    "quick (one fork of 10 measured loads each), ci (two forks: 10 samples each, what compare and ab judge) or full (more rows, every sweep). How long each takes here: README. Default: ${DEFAULT-VALUE}.")
    Profile profile = Profile.QUICK;

    @Option(
            names = "--strategies",
            split = ",",
            paramLabel = "NAME",
            description = "Strategies to run. Default: all of ${COMPLETION-CANDIDATES}.")
    List<Strategy> strategies = new ArrayList<>(Arrays.asList(Strategy.values()));

    @Option(
            names = "--rows",
            paramLabel = "N",
            description = "Rows per load for every strategy, instead of the profile's.")
    Integer rows;

    @Option(
            names = "--rows-per-statement",
            split = ",",
            paramLabel = "N",
            description =
                    "rowsPerStatement values for the strategies that batch rows into statements, instead of the profile's.")
    List<Integer> rowsPerStatement;

    @Option(
            names = "--connections",
            split = ",",
            paramLabel = "N",
            description =
                    "connections values for the strategies that load over several at once, instead of the profile's.")
    List<Integer> connections;

    @Option(
            names = "--existing-rows",
            split = ",",
            paramLabel = "N",
            description =
                    "Rows the table holds before each load, put back untimed before every one; the loaded rows are new rows beside them. 0 (the default) is an empty table, the best case. More than one value runs each.")
    List<Integer> existingRows = List.of(0);

    @Mixin
    TableOptions tables;

    @Option(
            names = "--dataset",
            paramLabel = "users|hostile",
            description =
                    "users (realistic rows, the default) or hostile (edge cases every loader must round-trip exactly).")
    Dataset dataset = Dataset.USERS;

    @Option(
            names = "--bad-row-percent",
            paramLabel = "P",
            description =
                    "Malformed rows for the strategy that tolerates them (COPY with ON_ERROR), in percent. Default: ${DEFAULT-VALUE}.")
    double badRowPercent = 1;

    @Option(
            names = "--no-cost-accounting",
            description =
                    "Skip the readings taken before and after every load (WAL, server "
                            + "and client CPU), to see what they cost or on a server that refuses them; the cost columns stay empty.")
    boolean noCostAccounting;

    /** Every value checked before a server starts, so a mistake costs seconds, never a run. */
    void validate() {
        if (rows != null && rows < 1) {
            throw new UserError("--rows must be at least 1, not " + rows);
        }
        if (rowsPerStatement != null && rowsPerStatement.stream().anyMatch(n -> n < 1)) {
            throw new UserError("--rows-per-statement values must be at least 1, not " + rowsPerStatement);
        }
        if (existingRows.stream().anyMatch(n -> n < 0)) {
            throw new UserError("--existing-rows values must be 0 or more, not " + existingRows);
        }
        if (dataset != Dataset.USERS && existingRows.stream().anyMatch(n -> n > 0)) {
            throw new UserError("--existing-rows needs realistic rows: --dataset "
                    + dataset.name().toLowerCase(java.util.Locale.ROOT) + " rows are loaded into an empty table only");
        }
        if (connections != null && connections.stream().anyMatch(n -> n < 1)) {
            throw new UserError("--connections values must be at least 1, not " + connections);
        }
        if (!(badRowPercent >= 0 && badRowPercent <= 100)) {
            throw new UserError("--bad-row-percent must be between 0 and 100, not " + badRowPercent);
        }
        if (strategies.isEmpty()) {
            throw new UserError("--strategies names no strategy");
        }
        tables.validate(dataset);
    }

    RunPlanner planner() {
        return new RunPlanner(
                strategies, dataset, profile, rows, rowsPerStatement, badRowPercent, connections, existingRows);
    }
}
