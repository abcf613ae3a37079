package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pgloadbench.BenchmarkFailure;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.KeyOrder;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.psql.Psql;
import org.pgloadbench.psql.PsqlLoad;
import org.pgloadbench.report.SustainedReport;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.NotApplicableException;
import org.pgloadbench.strategy.PsqlCounterpart;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategySettings;
import org.pgloadbench.sustain.Batch;
import org.pgloadbench.sustain.SustainedIngest;
import org.pgloadbench.sustain.SustainedResult;
import org.pgloadbench.sustain.SustainedResults;
import org.pgloadbench.sustain.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Sustained ingest: each strategy in turn appends batches to one table that is never emptied, as a
 * service appending all day does, so the rows/sec a burst run reports can be held against what the
 * strategy sustains as the table and its indexes grow past shared buffers and past memory.
 */
@Command(
        name = "sustain",
        sortOptions = false,
        description = {
            "Appends batches into one table per strategy, never emptied and with no CHECKPOINT forced, until it holds "
                    + "--until-rows or --duration is up: checkpoints, autovacuum and write-back happen inside the measurement.",
            "Writes results/sustain/<date>_<host>_<target>-pg<major>_sustain.json after every batch, and a timeline chart "
                    + "and a Markdown page under charts/."
        },
        footer = {
            "",
            "Exit status: 0 success, 1 a strategy failed verification or the run ended early (what was measured is kept),"
                    + " 2 a usage error."
        })
final class SustainCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(s|m|h)");
    private static final long DEFAULT_UNTIL_ROWS = 10_000_000;

    @Option(
            names = "--strategies",
            split = ",",
            paramLabel = "NAME",
            description =
                    "Strategies to sustain, one after the other, each into a table of its own. Default: ${DEFAULT-VALUE}.")
    List<Strategy> strategies = Strategy.SUSTAINED_BY_DEFAULT;

    @Mixin
    TableOptions tables;

    @Option(
            names = "--batch-rows",
            paramLabel = "N",
            description = "Rows per batch: one load, one point of the timeline. Default: ${DEFAULT-VALUE}.")
    int batchRows = 1_000_000;

    @Option(
            names = "--until-rows",
            paramLabel = "N",
            description = "Rows each strategy's table is to reach. Default: 10,000,000, or no limit with --duration.")
    Long untilRows;

    @Option(
            names = "--duration",
            paramLabel = "TIME",
            description =
                    "Time each strategy is given, as 90s, 10m or 2h: no batch starts after it (the last one ends).")
    String duration;

    @Option(
            names = "--rows-per-statement",
            paramLabel = "N",
            description =
                    "rowsPerStatement for the strategies that batch rows into statements. Default: ${DEFAULT-VALUE}.")
    int rowsPerStatement = 1_000;

    @Option(
            names = "--connections",
            paramLabel = "N",
            description = "connections for the strategies that load over several at once. Default: ${DEFAULT-VALUE}.")
    int connections = 2;

    @Option(names = "--label", paramLabel = "TEXT", description = "Names this run in its file names and report.")
    String label;

    @Mixin
    PsqlOptions psql;

    @Mixin
    ServerOptions server;

    @Mixin
    HelpOption help;

    @ParentCommand
    RunCommand parent;

    @Override
    public Integer call() throws IOException, SQLException {
        Long durationNanos = validate();
        List<Table> builtIn = tables.builtInTables();
        String ddl = tables.ddl();
        builtIn.forEach(this::checkSustainable);
        List<ServerSetup> setups = server.setups();
        if (setups.size() != 1) {
            throw new UserError(
                    "sustain runs on one server: give one --target, one --pg-version and at most one --rtt");
        }
        Outputs outputs = new Outputs(parent.resultsDir.resolve("sustain"), parent.chartsDir);
        try (Sitting sitting = Sitting.begin(outputs, setups)) {
            return sitting.onServer(
                    setups.get(0),
                    Distribution.NONE,
                    (target, runDirectory) -> runOn(target, outputs, builtIn, ddl, durationNanos));
        }
    }

    /** The options checked before any server starts; returns the time each strategy is given, in nanoseconds, or null. */
    private Long validate() {
        tables.validate(Dataset.USERS);
        server.validate();
        if (server.distribution().distributed()) {
            throw new UserError("sustain loads a single server; --distributed is for a run");
        }
        if (tables.anyFeatures()) {
            throw new UserError("sustain loads tables without features for now; --table-feature is for a run");
        }
        if (batchRows < 1 || rowsPerStatement < 1 || connections < 1) {
            throw new UserError("--batch-rows, --rows-per-statement and --connections must be at least 1");
        }
        Long durationNanos = null;
        if (duration != null) {
            Matcher matcher = DURATION.matcher(duration);
            try {
                long amount = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
                durationNanos = switch (matcher.matches() ? matcher.group(2) : "") {
                    case "s" -> Duration.ofSeconds(amount).toNanos();
                    case "m" -> Duration.ofMinutes(amount).toNanos();
                    case "h" -> Duration.ofHours(amount).toNanos();
                    default -> 0L;
                };
            } catch (ArithmeticException | NumberFormatException e) {
                durationNanos = 0L;
            }
            if (durationNanos <= 0) {
                throw new UserError("--duration " + duration + ": give a time such as 90s, 10m or 2h");
            }
        }
        if (untilRows == null && duration == null) {
            untilRows = DEFAULT_UNTIL_ROWS;
        }
        if (untilRows != null && untilRows < batchRows) {
            throw new UserError(String.format(
                    "--until-rows %,d is below one batch of %,d rows: give at least that, or a smaller --batch-rows",
                    untilRows, batchRows));
        }
        if (psql.comparePsql && strategies.stream().allMatch(s -> s.psqlCounterpart() == PsqlCounterpart.NONE)) {
            throw new UserError("--compare-psql has psql load the batches as " + withPsqlCounterpart()
                    + " does, and --strategies names none of them");
        }
        psql.validate();
        if (label != null && (label.isBlank() || label.chars().anyMatch(Character::isISOControl))) {
            throw new UserError("--label needs text on one line, no control characters");
        }
        return durationNanos;
    }

    /** A strategy that cannot add rows to a table that holds some cannot be sustained: one sentence, before any load. */
    private void checkSustainable(Table table) {
        for (Strategy strategy : strategies) {
            try (LoadStrategy made = strategy.create(settings(table))) {
                // made only to see whether it can load this table; prepared and run later
            } catch (SQLException e) {
                // closing what was never prepared releases nothing
            } catch (NotApplicableException e) {
                throw new UserError(
                        "sustain adds batch after batch to a table that keeps its rows, and " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        if (untilRows != null) {
            try {
                table.shape().checkRowCount(untilRows);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
    }

    /** After the first batch the table always holds rows: existing rows above 0 tell the strategies so. */
    private StrategySettings settings(Table table) {
        return new StrategySettings(
                table,
                Math.min(rowsPerStatement, StrategySettings.maxRowsPerStatement(table)),
                1,
                connections,
                CopyFormat.BINARY,
                1);
    }

    private int runOn(ServerUnderTest target, Outputs outputs, List<Table> builtIn, String ddl, Long durationNanos)
            throws IOException, SQLException {
        List<Table> all = new ArrayList<>(builtIn);
        if (ddl != null) {
            List<Table> own = tables.ddlTables(ddl, target.server().connection());
            own.forEach(this::checkSustainable);
            all.addAll(own);
        }
        List<String> unrunnable = target.unrunnable(strategies).stream()
                .map(skip -> skip.strategy())
                .toList();
        List<Strategy> runnable = strategies.stream()
                .distinct()
                .filter(strategy -> !unrunnable.contains(strategy.name()))
                .toList();
        if (runnable.isEmpty()) {
            throw new UserError("none of the strategies asked for runs on this server");
        }
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SustainedResult begun = new SustainedResult(
                SustainedResult.SCHEMA_VERSION,
                createdAt.toString(),
                label,
                target.environment(),
                batchRows,
                untilRows,
                durationNanos == null ? null : durationNanos / 1_000_000_000L,
                sharedBuffersBytes(target),
                List.of(),
                null);
        Files.createDirectories(outputs.results());
        String baseName = ResultFiles.baseName(createdAt, begun.environment(), "sustain") + ResultFiles.labelTag(label);
        SustainedResults results = new SustainedResults(outputs.results(), baseName, begun);
        Psql client = psql.connectedTo(target.loads());
        if (client != null) {
            System.out.printf(
                    "psql beside them: %s; each psql batch's time includes its start-up and connection, %.1f ms here%n",
                    client.version(), client.startupMillis());
        }
        Main.keepOnInterrupt(reason -> keep(results, reason, outputs));
        List<String> failed = new ArrayList<>();
        try {
            for (Table table : all) {
                for (Strategy strategy : runnable) {
                    List<Timeline> timelines = new ArrayList<>();
                    timelines.add(sustain(target, table, strategy, durationNanos, results, null));
                    if (client != null && strategy.psqlCounterpart() != PsqlCounterpart.NONE) {
                        timelines.add(sustain(target, table, strategy, durationNanos, results, client));
                    }
                    timelines.stream()
                            .filter(timeline -> !timeline.verified())
                            .forEach(timeline -> failed.add(timeline.problem()));
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            List<Path> kept = keep(results, Sentence.oneLine(String.valueOf(e.getMessage())), outputs);
            if (!kept.isEmpty() && !Main.shuttingDown()) {
                System.out.println(
                        "Kept what was measured before it: " + kept.get(0) + " (marked incomplete), and its report.");
            }
            throw e;
        }
        Path file = results.complete();
        System.out.println();
        System.out.print(SustainedReport.text(results.result()));
        System.out.println();
        System.out.println("Result file: " + file);
        for (Path written : render(results.result(), file, outputs)) {
            System.out.println("Report:      " + written);
        }
        if (!failed.isEmpty()) {
            throw new BenchmarkFailure(String.join("; ", failed), null);
        }
        return 0;
    }

    /** One strategy's sustained run, or with {@code client} psql's of the same batches the strategy's way. */
    private Timeline sustain(
            ServerUnderTest target,
            Table table,
            Strategy strategy,
            Long durationNanos,
            SustainedResults results,
            Psql client)
            throws IOException, SQLException {
        String setting = setting(table);
        StrategySettings settings = settings(table);
        System.out.printf(
                "%n%s into %s: batches of %,d rows%s%s.%n",
                client == null ? strategy : "psql, as " + strategy + " loads,",
                setting,
                batchRows,
                untilRows == null ? "" : String.format(" until the table holds %,d", untilRows),
                duration == null ? "" : " for at most " + duration);
        results.nextStrategy();
        SustainedIngest.Limits limits = new SustainedIngest.Limits(batchRows, untilRows, durationNanos);
        SustainedIngest ingest = new SustainedIngest(target.loads(), target.serverFiles(), settings);
        SustainedIngest.Listener listener = timeline -> {
            results.progress(timeline);
            if (timeline.verified() == null) {
                System.out.println(
                        describe(timeline.batches().get(timeline.batches().size() - 1)));
            }
        };
        if (client == null) {
            return ingest.run(strategy, setting, limits, listener);
        }
        PsqlLoad load = new PsqlLoad(client, strategy, table, settings.rowsPerStatement());
        return ingest.runElsewhere(load.name(), load, setting, limits, listener);
    }

    /** The strategies psql can load as, by name in the registry's order, for a sentence. */
    private static String withPsqlCounterpart() {
        List<String> names = Arrays.stream(Strategy.values())
                .filter(strategy -> strategy.psqlCounterpart() != PsqlCounterpart.NONE)
                .map(Strategy::name)
                .toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** One line a batch: the rows in the table after it, its rate and what it wrote. */
    private static String describe(Batch batch) {
        Double images = batch.fullPageImagesPerRow();
        return String.format(
                Locale.ROOT,
                "  %,14d rows  %,9.0f rows/s  WAL %,6.0f B/row  FPI %s/row  table %,6d MB  indexes %,6d MB%s",
                batch.rowsAfter(),
                batch.rowsPerSecond(),
                batch.walBytesPerRow(),
                images == null ? "n/a" : String.format(Locale.ROOT, "%.3f", images),
                batch.heapBytes() >> 20,
                batch.indexBytes() >> 20,
                checkpoints(batch));
    }

    private static String checkpoints(Batch batch) {
        String during = batch.checkpoints() == 0
                ? ""
                : batch.checkpoints() == 1 ? "  a checkpoint" : "  " + batch.checkpoints() + " checkpoints";
        return during
                + (batch.pauseCheckpoints() == 0 ? "" : "  (" + batch.pauseCheckpoints() + " in the pause before it)");
    }

    /** What was loaded, as labels say it: {@code users, indexes pk+2, uuidv7 keys}. */
    private static String setting(Table table) {
        return table.shape().name() + ", indexes " + table.indexes().label()
                + (table.shape().keyOrder() == KeyOrder.SEQUENTIAL
                        ? ""
                        : ", " + table.shape().keyOrder().label() + " keys");
    }

    private static long sharedBuffersBytes(ServerUnderTest target) throws SQLException {
        try (Connection connection = target.server().connection().open();
                Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("SELECT pg_size_bytes(current_setting('shared_buffers'))")) {
            size.next();
            return size.getLong(1);
        }
    }

    /** Marks the file incomplete and draws its report; the file first, empty where no batch was measured. */
    private static List<Path> keep(SustainedResults results, String reason, Outputs outputs) {
        Optional<Path> file = results.incomplete(reason);
        if (file.isEmpty()) {
            return List.of();
        }
        try {
            render(results.result(), file.get(), outputs);
        } catch (IOException | RuntimeException e) {
            // The result file is what matters.
        }
        return List.of(file.get());
    }

    private static List<Path> render(SustainedResult result, Path file, Outputs outputs) throws IOException {
        Files.createDirectories(outputs.charts());
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        return SustainedReport.render(result, outputs.charts(), stem);
    }
}
