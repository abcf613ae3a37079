package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.ForkContract;
import org.pgloadbench.bench.launch.JmhRunner;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.psql.Psql;
import org.pgloadbench.psql.PsqlReference;
import org.pgloadbench.report.Claims;
import org.pgloadbench.report.DisturbedLoads;
import org.pgloadbench.report.PsqlComparisonTable;
import org.pgloadbench.report.SummaryTable;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.PsqlResult;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.result.SkippedStrategy;
import org.pgloadbench.server.Durability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Starts or attaches a server, runs the planned benchmarks, writes the result file, chart and table. */
@Command(
        name = "run-bench.sh",
        sortOptions = false,
        subcommands = {
            ReportCommand.class,
            CompareCommand.class,
            AbCommand.class,
            SustainCommand.class,
            ExportCommand.class,
            GalleryCommand.class,
            DocsCommand.class
        },
        description = {
            "Loads the same seeded rows into PostgreSQL with every strategy, verifies each load, and reports rows/sec.",
            "Writes results/<date>_<host>_<target>-pg<major>_<profile>.json, and charts and a report page under charts/.",
            "Also: run-bench.sh report [FILES...], compare BASELINE CURRENT, ab BASE [HEAD], sustain, export FILE, gallery and docs (each has --help)."
        },
        footer = {
            "",
            "Anything after -- goes to JMH, e.g. -- -wi 0 -i 1 -f 1 (see -- -h for JMH's own options).",
            "",
            "Environment variables read by run-bench.sh:",
            "  JAVA, MVN, JAVA_OPTS   the java that runs the suite, the Maven command that builds it, extra launcher JVM options",
            "  PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD   the server for --target external without --jdbc-url, as for psql",
            "",
            "Exit status: 0 success, 1 a benchmark failed (e.g. a load did not verify), 2 a usage error."
        })
final class RunCommand implements Callable<Integer> {
    /** Long enough to say machine, driver and setting; short enough for a legend. */
    private static final int MAX_LABEL_LENGTH = 60;

    @Mixin
    LoadOptions load;

    @Mixin
    ServerOptions server;

    @Mixin
    PsqlOptions psql;

    @Option(
            names = "--label",
            paramLabel = "TEXT",
            description =
                    "Names this run in the report's tables and legends and in its "
                            + "file names, e.g. --label 'laptop, pgjdbc 42.7.4': hostnames alone are often all 'vm' or 'runner'.")
    String label;

    @Option(
            names = "--verbose",
            description = "Stream JMH's whole output (every load, every fork's message) to the console "
                    + "instead of one progress line per benchmark; it goes to results/<run>.log either way.")
    boolean verbose;

    @Option(
            names = "--results-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Where result files go. Default: ${DEFAULT-VALUE}.")
    Path resultsDir = Path.of("results");

    @Option(
            names = "--charts-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Where charts and reports go. Default: ${DEFAULT-VALUE}.")
    Path chartsDir = Path.of("charts");

    @Mixin
    HelpOption help;

    /** What followed {@code --}, set by {@link Main}: JMH's own options. */
    final List<String> jmhArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException, SQLException {
        validate();
        JmhRunner jmhRunner = new JmhRunner(load.profile, jmhArguments, !load.noCostAccounting);
        if (jmhRunner.helpRequested()) {
            jmhRunner.printHelp();
            return 0;
        }
        String ddl = load.tables.ddl();
        RunPlanner planner = load.planner();
        List<PlannedRun> planned = new ArrayList<>(planner.plan(load.tables.builtInTables(), System.out));
        jmhRunner.checkPlan(planned);
        List<ServerSetup> setups = server.setups();
        List<Path> resultFiles = new ArrayList<>();
        try (Sitting sitting = Sitting.begin(outputs(), setups)) {
            for (ServerSetup setup : setups) {
                if (setups.size() > 1) {
                    System.out.printf("%n== %s (%d of %d) ==%n", setup.label(), resultFiles.size() + 1, setups.size());
                }
                resultFiles.add(sitting.onServer(
                        setup,
                        server.distribution(),
                        (target, runDirectory) -> runOn(target, runDirectory, jmhRunner, planner, planned, ddl)));
            }
        }
        if (resultFiles.size() > 1) {
            System.out.println();
            outputs().render(resultFiles).forEach(file -> System.out.println("Comparison:  " + file));
        }
        return 0;
    }

    Outputs outputs() {
        return new Outputs(resultsDir, chartsDir);
    }

    /** One server, maybe behind the latency proxy: measured with the whole plan, reported; returns the result file. */
    private Path runOn(
            ServerUnderTest target,
            Path runDirectory,
            JmhRunner jmhRunner,
            RunPlanner planner,
            List<PlannedRun> builtIn,
            String ddl)
            throws IOException, SQLException {
        List<PlannedRun> planned = new ArrayList<>(builtIn);
        if (ddl != null) {
            List<PlannedRun> own =
                    planner.plan(load.tables.ddlTables(ddl, target.server().connection()), System.out);
            jmhRunner.checkPlan(own);
            planned.addAll(own);
        }
        List<SkippedStrategy> skipped = new ArrayList<>(
                target.unrunnable(planned.stream().map(PlannedRun::strategy).toList()));
        skipped.addAll(target.refusedByCluster(planned.stream()
                .filter(run -> skipped.stream()
                        .noneMatch(skip -> skip.strategy().equals(run.strategy().name())))
                .toList()));
        List<PlannedRun> plan = planned.stream()
                .filter(run -> skipped.stream()
                        .noneMatch(skip -> skip.strategy().equals(run.strategy().name())))
                .toList();
        if (plan.isEmpty()) {
            throw new UserError("none of the strategies asked for runs on this server (PostgreSQL "
                    + target.fingerprint().serverVersion() + ")");
        }
        target.checkConnections(plan);
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Environment environment = target.environment();
        String baseName =
                ResultFiles.baseName(createdAt, environment, load.profile.label()) + ResultFiles.labelTag(label);
        Path log = outputs().newLog(baseName);
        System.out.println("JMH's log:   " + log + (verbose ? "" : " (--verbose shows it here as it runs)"));
        Psql client = psql.connectedTo(target.loads());
        PsqlReference yardstick = client == null
                ? null
                : new PsqlReference(client, target.loads(), jmhRunner.warmupIterations(), jmhRunner.measuredLoads());
        MeasuredSoFar measured = new MeasuredSoFar(
                createdAt,
                load.profile.label(),
                environment,
                skipped,
                label,
                load.noCostAccounting ? null : ForkContract.costLog(runDirectory));
        // Ctrl-C may end the loads before the JVM's shutdown begins: whichever keeps the file, both name it.
        AtomicReference<Path> kept = new AtomicReference<>();
        Main.keepOnInterrupt(reason -> {
            keep(measured, reason, baseName).ifPresent(kept::set);
            return kept.get() == null ? List.of() : List.of(kept.get());
        });
        try {
            jmhRunner.run(plan, target.loads(), target.distribution(), runDirectory, log, verbose, measured::measured);
            List<PsqlResult> psqlResults = yardstick == null ? null : yardstick.run(plan);
            return report(measured.complete(psqlResults), baseName, log);
        } catch (IOException | SQLException | RuntimeException e) {
            keep(measured, Sentence.oneLine(String.valueOf(e.getMessage())), baseName)
                    .ifPresent(file -> {
                        kept.set(file);
                        if (!Main.shuttingDown()) {
                            System.out.println("Kept what was measured before it: " + file
                                    + " (marked incomplete), and its report.");
                        }
                    });
            throw e;
        }
    }

    /**
     * The benchmarks measured before the run ended, in a result file marked incomplete and its report;
     * empty where none had been measured. Runs once: a failure that Ctrl-C caused is not kept twice.
     */
    private Optional<Path> keep(MeasuredSoFar measured, String reason, String baseName) {
        Optional<ResultFile> result = measured.incomplete(reason);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = outputs().write(baseName, result.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            outputs().render(List.of(file));
        } catch (IOException | RuntimeException e) {
            // The result file is what matters; ./run-bench.sh report draws its charts again.
        }
        return Optional.of(file);
    }

    /** Every value is checked before a server starts, so a mistake costs seconds, never a run. */
    private void validate() {
        load.validate();
        server.validate();
        if (label != null
                && (label.isBlank()
                        || label.codePointCount(0, label.length()) > MAX_LABEL_LENGTH
                        || label.chars().anyMatch(Character::isISOControl))) {
            throw new UserError("--label needs 1 to " + MAX_LABEL_LENGTH
                    + " characters of text on one line, no control characters");
        }
        if (psql.comparePsql && server.distribution().distributed()) {
            throw new UserError(
                    "--compare-psql loads into a table of its own, which --distributed does not distribute: "
                            + "give one or the other");
        }
        if (load.tables.anyFeatures() && server.distribution().distributed()) {
            throw new UserError("--table-feature gives the table a trigger, a parent table or a column of its own, "
                    + "which --distributed does not distribute: give one or the other");
        }
        if (psql.comparePsql && load.tables.anyFeatures()) {
            throw new UserError("--compare-psql loads psql's rows into a table without features, so it has nothing "
                    + "to say of --table-feature: give one or the other");
        }
        if (psql.comparePsql && load.existingRows.stream().anyMatch(n -> n > 0)) {
            throw new UserError("--compare-psql loads psql's rows into an empty table, so it has nothing to say of "
                    + "loads into existing rows: give one or the other");
        }
        psql.validate();
    }

    private Path report(ResultFile result, String baseName, Path log) throws IOException {
        Path resultFile = outputs().write(baseName, result);
        List<Path> rendered = outputs().render(List.of(resultFile));
        System.out.println();
        String warning = Durability.warning(result.environment().postgres().leastDurableSettings());
        if (!warning.isEmpty()) {
            System.out.println(warning + ".");
        }
        System.out.print(SummaryTable.render(result.summary(), result.rowWidths()));
        String disturbed = DisturbedLoads.note(result);
        if (!disturbed.isEmpty()) {
            System.out.println(disturbed);
        }
        Claims.text(result.summary()).ifPresent(claims -> {
            System.out.println();
            System.out.print(claims);
        });
        if (result.psql() != null) {
            System.out.println();
            System.out.print(PsqlComparisonTable.render(result.summary(), result.psql()));
        }
        System.out.println();
        System.out.println("Result file: " + resultFile);
        System.out.println("JMH's JSON:  " + ResultFiles.jmhBeside(resultFile));
        System.out.println("JMH's log:   " + log);
        rendered.stream().filter(file -> !isChart(file)).forEach(file -> System.out.println("Report:      " + file));
        String stem = NamedResult.read(resultFile).name();
        List<String> charts = rendered.stream()
                .filter(file -> file.toString().endsWith(".png"))
                .map(file ->
                        file.getFileName().toString().replace(stem + "_", "").replace(".png", ""))
                .toList();
        if (!charts.isEmpty()) {
            System.out.println("Charts:      " + chartsDir.resolve(stem) + "_{" + String.join(",", charts)
                    + "}.png, each also as .svg");
        }
        return resultFile;
    }

    private static boolean isChart(Path file) {
        return file.toString().endsWith(".png") || file.toString().endsWith(".svg");
    }
}
