package org.pgloadbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.JmhLock;
import org.pgloadbench.bench.JmhRunner;
import org.pgloadbench.bench.PlannedRun;
import org.pgloadbench.bench.Profile;
import org.pgloadbench.bench.RowWidths;
import org.pgloadbench.report.BenchmarkCosts;
import org.pgloadbench.report.Environment;
import org.pgloadbench.psql.PsqlReference;
import org.pgloadbench.report.JmhSummary;
import org.pgloadbench.report.LoadCostLog;
import org.pgloadbench.report.PsqlComparisonTable;
import org.pgloadbench.report.PsqlResult;
import org.pgloadbench.report.ResultFile;
import org.pgloadbench.report.ResultFiles;
import org.pgloadbench.report.Reporter;
import org.pgloadbench.report.SkippedStrategy;
import org.pgloadbench.report.SummaryTable;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Durability;
import org.pgloadbench.server.EmbeddedRelease;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.ServerFingerprint;
import org.pgloadbench.server.ServerRequest;
import org.pgloadbench.server.Servers;
import org.pgloadbench.server.Target;
import org.pgloadbench.dataset.CatalogTable;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.dataset.Tables;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.network.DelayingProxy;
import org.pgloadbench.network.RoundTrip;
import org.pgloadbench.network.RoundTripCheck;
import org.pgloadbench.strategy.ServerReadableDirectory;
import org.pgloadbench.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Starts or attaches a server, runs the planned benchmarks, writes the result file, chart and table. */
@Command(name = "run-bench.sh", sortOptions = false, subcommands = {ReportCommand.class, CompareCommand.class},
        description = {
            "Loads the same seeded rows into PostgreSQL with every strategy, verifies each load, and reports rows/sec.",
            "Writes results/<date>_<host>_<target>-pg<major>_<profile>.json, and charts and a report page under charts/.",
            "Also: run-bench.sh report [FILES...] and run-bench.sh compare BASELINE CURRENT (each has --help)."},
        footer = {"", "Anything after -- goes to JMH, e.g. -- -wi 0 -i 1 -f 1 (see -- -h for JMH's own options).",
            "",
            "Environment variables read by run-bench.sh:",
            "  JAVA, MVN, JAVA_OPTS   the java that runs the suite, the Maven command that builds it, extra launcher JVM options",
            "  PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD   the server for --target external without --jdbc-url, as for psql",
            "",
            "Exit status: 0 success, 1 a benchmark failed (e.g. a load did not verify), 2 a usage error."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "quick|ci|full", description = "quick (about 2 min), ci (10 samples each, about 4 min) or full (see README). Default: ${DEFAULT-VALUE}.")
    Profile profile = Profile.QUICK;

    @Option(names = "--target", split = ",", paramLabel = "embedded|container|external",
            description = "Where PostgreSQL comes from; several (embedded,container) run the profile on each and compare them. "
                    + "Default: embedded, or external when --jdbc-url is given.")
    List<Target> targets;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "An existing server, e.g. jdbc:postgresql://localhost:5432/bench?user=me. Without it, --target external reads PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.")
    String jdbcUrl;

    @Option(names = "--image", paramLabel = "IMAGE", description = "Docker image for --target container. Default: ${DEFAULT-VALUE}.")
    String image = "postgres:18";

    @Option(names = "--pg-version", split = ",", paramLabel = "VERSION", description = "Embedded PostgreSQL releases to run "
            + "the profile on, one after another: majors 14 to 18 or exact zonky releases such as 16.15.0. One result file "
            + "each and a comparison report; a release this jar does not carry is downloaded from Maven Central on first use. "
            + "Default: the jar's own PostgreSQL 18.")
    List<String> pgVersions;

    @Option(names = "--rtt", split = ",", paramLabel = "TIME", description = "Network round-trip times to add, e.g. "
            + "0,0.5ms,2ms: the profile runs once per value through a latency proxy in front of the server, which is "
            + "calibrated and checked first (median of 1,000 SELECT 1, within 10%). Default: no proxy.")
    List<String> rtts;

    @Option(names = "--durability", paramLabel = "PRESET", description = "For a server this suite starts: safe (fsync, "
            + "synchronous_commit and full_page_writes on), async-commit (synchronous_commit off) or unsafe (all three off). "
            + "Default: ${DEFAULT-VALUE}.")
    String durabilityPreset = Durability.SAFE.label();

    @Option(names = "--pg-setting", paramLabel = "NAME=VALUE",
            description = "A server setting for a server this suite starts (repeatable), over the --durability preset's.")
    Map<String, String> pgSettings = new LinkedHashMap<>();

    @Option(names = "--strategies", split = ",", paramLabel = "NAME",
            description = "Strategies to run. Default: all of ${COMPLETION-CANDIDATES}.")
    List<Strategy> strategies = new ArrayList<>(Arrays.asList(Strategy.values()));

    @Option(names = "--rows", paramLabel = "N", description = "Rows per load for every strategy, instead of the profile's.")
    Integer rows;

    @Option(names = "--rows-per-statement", split = ",", paramLabel = "N",
            description = "rowsPerStatement values for the strategies that batch rows into statements, instead of the profile's.")
    List<Integer> rowsPerStatement;

    @Option(names = "--connections", split = ",", paramLabel = "N",
            description = "connections values for the strategies that load over several at once, instead of the profile's.")
    List<Integer> connections;

    @Option(names = "--table", split = ",", paramLabel = "NAME",
            description = "Built-in tables to load: users (5 columns, about 90 bytes a row as text; the default), narrow (2 numbers) or wide (20 columns of every type, about 1.5 KiB a row).")
    List<String> tables;

    @Option(names = "--table-ddl", paramLabel = "FILE",
            description = "Your own table: a file holding one CREATE TABLE statement. The suite creates it, reads its columns back and generates rows for it; loaded instead of users unless --table names tables too.")
    Path tableDdl;

    @Option(names = "--indexes", split = ",", paramLabel = "none|pk|pk+2",
            description = "Indexes while loading: none, pk (the primary key and unique constraints; the default) or pk+2 (two secondary btree indexes more).")
    List<String> indexes = List.of(Indexes.PK.label());

    @Option(names = "--dataset", paramLabel = "users|hostile",
            description = "users (realistic rows, the default) or hostile (edge cases every loader must round-trip exactly).")
    Dataset dataset = Dataset.USERS;

    @Option(names = "--bad-row-percent", paramLabel = "P", description = "Malformed rows for the strategy that tolerates them (COPY with ON_ERROR), in percent. Default: ${DEFAULT-VALUE}.")
    double badRowPercent = 1;

    @Option(names = "--compare-psql",
            description = "Also time psql loading the same rows the same way (\\copy text and binary, scripts of the same multi-row statements) and print Java/psql ratios.")
    boolean comparePsql;

    @Option(names = "--psql", paramLabel = "PATH", description = "The psql binary for --compare-psql. Default: ${DEFAULT-VALUE}.")
    String psql = "psql";

    @Option(names = "--results-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, description = "Where result files go. Default: ${DEFAULT-VALUE}.")
    Path resultsDir = Path.of("results");

    @Option(names = "--charts-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, description = "Where charts and reports go. Default: ${DEFAULT-VALUE}.")
    Path chartsDir = Path.of("charts");

    @Option(names = "--no-cost-accounting", description = "Skip the readings taken before and after every load (WAL, server "
            + "and client CPU), to see what they cost or on a server that refuses them; the cost columns stay empty.")
    boolean noCostAccounting;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** What followed {@code --}, set by {@link Main}: JMH's own options. */
    final List<String> jmhArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException, SQLException {
        validate();
        JmhRunner jmhRunner = new JmhRunner(profile, jmhArguments, !noCostAccounting);
        if (jmhRunner.helpRequested()) {
            jmhRunner.printHelp();
            return 0;
        }
        String ddl = tableDdl == null ? null : readDdl(tableDdl);
        RunPlanner planner = new RunPlanner(strategies, dataset, profile, rows, rowsPerStatement, badRowPercent, connections);
        List<PlannedRun> planned = new ArrayList<>(planner.plan(builtInTables(), System.out));
        jmhRunner.checkPlan(planned);
        List<ServerSetup> setups = setups();
        for (ServerSetup setup : setups) {
            Servers.fetchBinaries(setup.request(), System.out);
        }
        Main.runStarted();
        List<Path> resultFiles = new ArrayList<>();
        try (JmhLock lock = JmhLock.acquire()) {
            for (ServerSetup setup : setups) {
                if (setups.size() > 1) {
                    System.out.printf("%n== %s (%d of %d) ==%n", setup.label(), resultFiles.size() + 1, setups.size());
                }
                resultFiles.add(runOn(setup, jmhRunner, planner, planned, ddl));
            }
        } finally {
            Main.runEnded();
        }
        if (resultFiles.size() > 1) {
            System.out.println();
            Reporter.render(resultFiles, chartsDir).forEach(file -> System.out.println("Comparison:  " + file));
        }
        return 0;
    }

    /** One server, maybe behind the latency proxy: started, measured with the whole plan, reported; returns the result file. */
    private Path runOn(ServerSetup setup, JmhRunner jmhRunner, RunPlanner planner, List<PlannedRun> builtIn, String ddl)
            throws IOException, SQLException {
        try (RunDirectory runDirectory = RunDirectory.create(System.out);
             PostgresServer server = Servers.start(setup.request(), runDirectory);
             DelayingProxy proxy = setup.roundTrip() == null ? null : DelayingProxy.start(proxyTarget(server), 0)) {
            ServerFingerprint fingerprint = fingerprint(server.connection());
            String warning = Durability.warning(fingerprint.settings());
            System.out.printf("Server: PostgreSQL %s (%s) at %s; fsync=%s, synchronous_commit=%s%s%n",
                    fingerprint.serverVersion(), server.target().label(), server.connection(),
                    fingerprint.settings().get("fsync"), fingerprint.settings().get("synchronous_commit"),
                    warning.isEmpty() ? "" : ". " + warning);
            List<PlannedRun> planned = new ArrayList<>(builtIn);
            if (ddl != null) {
                List<PlannedRun> own = planner.plan(ddlTables(ddl, server.connection()), System.out);
                jmhRunner.checkPlan(own);
                planned.addAll(own);
            }
            // The server's own file load is probed where its forks will write: inside this run's directory.
            System.setProperty(ServerReadableDirectory.PROPERTY, RunDirectory.serverFiles(runDirectory.path()).toString());
            ConnectionSettings loads = proxy == null ? server.connection() : server.connection().through(proxy.address());
            Environment.Network network = proxy == null ? null
                    : RoundTripCheck.calibrate(proxy, setup.roundTrip(), server.connection(), loads);
            if (network != null) {
                System.out.println("Network: every load goes through a latency proxy; " + network.describe() + ".");
            }
            List<SkippedStrategy> skipped = unrunnable(planned, fingerprint, server.connection());
            skipped.forEach(skip -> System.out.printf("Skipping %s: %s.%n", skip.strategy(), skip.reason()));
            List<PlannedRun> plan = planned.stream()
                    .filter(run -> skipped.stream().noneMatch(skip -> skip.strategy().equals(run.strategy().name()))).toList();
            if (plan.isEmpty()) {
                throw new UserError("none of the strategies asked for runs on this server (PostgreSQL "
                        + fingerprint.serverVersion() + ")");
            }
            Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            JsonNode jmh = jmhRunner.run(plan, loads, runDirectory.path());
            List<PsqlResult> psqlResults = comparePsql
                    ? new PsqlReference(psql, loads, jmhRunner.warmupIterations(), jmhRunner.measuredLoads()).run(plan)
                    : null;
            Environment environment = RunEnvironment.describe(server.target(), server.connection(), fingerprint, network);
            List<BenchmarkCosts> costs = noCostAccounting ? null : LoadCostLog.read(JmhRunner.costLog(runDirectory.path()));
            ResultFile result = new ResultFile(ResultFile.SCHEMA_VERSION, createdAt.toString(), profile.name().toLowerCase(),
                    environment, jmh, JmhSummary.summarize(jmh, costs), psqlResults, RowWidths.measure(plan), costs, skipped);
            return report(result, ResultFiles.baseName(createdAt, environment, profile.name()));
        }
    }

    /** What the profile runs on, one after another: each target, each embedded release, each round trip. */
    private List<ServerSetup> setups() {
        List<Target> chosen = targets == null ? Collections.singletonList(null) : targets.stream().distinct().toList();
        List<RoundTrip> roundTrips = roundTrips();
        List<ServerSetup> setups = new ArrayList<>();
        for (Target target : chosen) {
            ServerRequest request = new ServerRequest(target, jdbcUrl, image, null, durability(), pgSettings, System.getenv());
            List<EmbeddedRelease> ofTarget = Servers.resolveTarget(request) == Target.EMBEDDED ? releases() : List.of(request.release());
            for (EmbeddedRelease release : ofTarget) {
                for (RoundTrip roundTrip : roundTrips) {
                    setups.add(new ServerSetup(request.withRelease(release), roundTrip));
                }
            }
        }
        if (pgVersions != null && setups.stream().noneMatch(setup -> Servers.resolveTarget(setup.request()) == Target.EMBEDDED)) {
            throw new UserError("--pg-version chooses the embedded server's release, but this run starts no embedded server "
                    + "(for a container choose the image with --image; an external server is what it is)");
        }
        return setups;
    }

    /** Each --rtt value parsed, in order and once; a single null (no proxy) when none is given. */
    private List<RoundTrip> roundTrips() {
        if (rtts == null) {
            return Collections.singletonList(null);
        }
        try {
            return rtts.stream().map(RoundTrip::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static InetSocketAddress proxyTarget(PostgresServer server) {
        try {
            return server.connection().serverAddress();
        } catch (IllegalArgumentException e) {
            throw new UserError("--rtt: " + e.getMessage(), e);
        }
    }

    /** Each --pg-version value parsed, in order and once; the bundled release when none is given. */
    private List<EmbeddedRelease> releases() {
        if (pgVersions == null) {
            return List.of(EmbeddedRelease.bundled());
        }
        try {
            return pgVersions.stream().map(EmbeddedRelease::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Durability durability() {
        try {
            return Durability.named(durabilityPreset);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Every value is checked before a server starts, so a mistake costs seconds, never a run. */
    private void validate() {
        durability();
        releases();
        roundTrips();
        if (rows != null && rows < 1) {
            throw new UserError("--rows must be at least 1, not " + rows);
        }
        if (rowsPerStatement != null && rowsPerStatement.stream().anyMatch(n -> n < 1)) {
            throw new UserError("--rows-per-statement values must be at least 1, not " + rowsPerStatement);
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
        if (tables != null) {
            for (String table : tables) {
                if (TableShape.builtIn(table).isEmpty()) {
                    throw new UserError("--table " + table + ": there is no such table; the suite has " + TableShape.builtInList()
                            + ", or give your own with --table-ddl FILE");
                }
            }
        }
        for (String value : indexes) {
            if (Indexes.named(value).isEmpty()) {
                throw new UserError("--indexes " + value + ": give one of " + Indexes.labels());
            }
        }
        OutputDirectory.check("--results-dir", resultsDir);
        OutputDirectory.check("--charts-dir", chartsDir);
        if (comparePsql) {
            Executables.require("--psql", psql, "install the PostgreSQL client (e.g. apt-get install postgresql-client)");
        }
    }

    /** The built-in tables asked for, each with every --indexes value. */
    private List<Table> builtInTables() {
        List<String> names = tables != null ? tables : tableDdl == null ? List.of(TableShape.USERS.name()) : List.of();
        List<Table> chosen = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            for (String value : indexes.stream().distinct().toList()) {
                chosen.add(Table.builtIn(TableShape.builtIn(name).orElseThrow(), Indexes.named(value).orElseThrow()));
            }
        }
        return chosen;
    }

    /** The file's text, checked to be one CREATE TABLE before any server starts. */
    private static String readDdl(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserError("--table-ddl " + file + ": no such readable file");
        }
        String ddl;
        try {
            ddl = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("--table-ddl " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            CatalogTable.checkText(ddl);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        return ddl;
    }

    /**
     * The user's table with every --indexes value, read back from the server without leaving it
     * behind: an unsupported type, a foreign key or a table that already exists ends the run here.
     */
    private List<Table> ddlTables(String ddl, ConnectionSettings connection) {
        try (Connection c = connection.open()) {
            CatalogTable.Created created = CatalogTable.inspect(c, ddl);
            Tables.checkOwnName(created);
            List<Table> chosen = new ArrayList<>();
            for (String value : indexes.stream().distinct().toList()) {
                chosen.add(Table.fromDdl(created.shape(), created.quotedName(), Indexes.named(value).orElseThrow(), ddl));
            }
            return chosen;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        } catch (SQLException e) {
            throw new UserError("--table-ddl " + tableDdl + " does not run on this server: " + e.getMessage(), e);
        }
    }

    private static ServerFingerprint fingerprint(ConnectionSettings connection) {
        try (Connection c = connection.open()) {
            return ServerFingerprint.read(c);
        } catch (SQLException e) {
            throw new UserError("cannot use the server at " + connection + ": " + e.getMessage(), e);
        }
    }

    /** Strategies the server cannot run, each with the reason: left out with a note, never faked. */
    private static List<SkippedStrategy> unrunnable(List<PlannedRun> planned, ServerFingerprint server, ConnectionSettings connection)
            throws SQLException {
        List<SkippedStrategy> skipped = new ArrayList<>();
        try (Connection c = connection.open()) {
            for (Strategy strategy : planned.stream().map(PlannedRun::strategy).distinct().toList()) {
                Optional<String> reason = strategy.runsOn(server.majorVersion())
                        ? strategy.unmetRequirementOn(c)
                        : Optional.of("it needs PostgreSQL " + strategy.minimumServerMajorVersion() + " or newer and this server is "
                                + server.serverVersion());
                reason.ifPresent(why -> skipped.add(new SkippedStrategy(strategy.name(), why)));
            }
        }
        return skipped;
    }

    private Path report(ResultFile result, String baseName) throws IOException {
        Path resultFile = ResultFiles.write(resultsDir, baseName, result);
        List<Path> rendered = Reporter.render(List.of(resultFile), chartsDir);
        System.out.println();
        String warning = Durability.warning(result.environment().postgres().settings());
        if (!warning.isEmpty()) {
            System.out.println(warning + ".");
        }
        System.out.print(SummaryTable.render(result.summary(), result.rowWidths()));
        if (result.psql() != null) {
            System.out.println();
            System.out.print(PsqlComparisonTable.render(result.summary(), result.psql()));
        }
        System.out.println();
        System.out.println("Result file: " + resultFile);
        rendered.forEach(file -> System.out.println("Report:      " + file));
        return resultFile;
    }
}
