package org.pgloadbench.psql;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.result.PsqlResult;
import org.pgloadbench.result.SampleStatistics;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.strategy.PsqlCounterpart;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Times psql loading the same rows as a Java strategy into the same table on the same server:
 * {@code \copy} of the identical COPY text or binary stream, and {@code psql -f} of a script of
 * the same multi-row statements. Each load gets the benchmark's treatment: an emptied table and a
 * checkpoint before, verification of count and checksum after, warm-up loads discarded.
 *
 * <p>A load is timed as psql's whole run minus the median of psql runs that only connect and run
 * {@code SELECT 1}, so psql is not charged for starting a process.
 */
public final class PsqlReference {
    private static final Pattern COMMAND_TAG = Pattern.compile("^(?:COPY|INSERT 0) (\\d+)$", Pattern.MULTILINE);
    private static final int STARTUP_SAMPLES = 7;
    private static final Pattern PSQL_VERSION = Pattern.compile("psql \\(PostgreSQL\\) \\d+");

    private final String psql;
    private final ConnectionSettings connection;
    private final int warmupLoads;
    private final int measuredLoads;

    public PsqlReference(String psql, ConnectionSettings connection, int warmupLoads, int measuredLoads) {
        this.psql = psql;
        this.connection = connection;
        this.warmupLoads = warmupLoads;
        this.measuredLoads = measuredLoads;
    }

    public List<PsqlResult> run(List<PlannedRun> plan) throws IOException, SQLException {
        String version = psqlVersion();
        double startupMillis = SampleStatistics.median(timeRepeatedly(STARTUP_SAMPLES, List.of("-c", "SELECT 1")));
        System.out.printf(
                "%npsql yardstick: %s, start-up and connection %.1f ms (subtracted from every load)%n",
                version, startupMillis);
        List<PsqlResult> results = new ArrayList<>();
        Path directory = Files.createTempDirectory("pgload-bench-psql");
        try (Connection jdbc = connection.open()) {
            for (PlannedRun run : plan) {
                if (run.strategy().psqlCounterpart() == PsqlCounterpart.NONE) {
                    continue;
                }
                Table table = run.table();
                Rows rows = run.dataset().generate(table.shape(), run.rows(), RowGenerator.DEFAULT_SEED);
                RowChecksum expected = RowChecksum.of(table.shape(), rows);
                for (int rowsPerStatement : run.rowsPerStatement()) {
                    Path input = directory.resolve(run.strategy() + "-" + rowsPerStatement);
                    List<String> arguments = prepare(run.strategy(), table, rows, rowsPerStatement, input);
                    System.out.printf(
                            "==> psql %s, %,d rows%s%n",
                            run.strategy(),
                            run.rows(),
                            run.strategy().reads(StrategyParameter.ROWS_PER_STATEMENT)
                                    ? ", " + rowsPerStatement + " rows per statement"
                                    : "");
                    List<Double> samples =
                            measure(jdbc, table, run.strategy(), arguments, expected, run.rows(), startupMillis);
                    results.add(result(run, rowsPerStatement, version, startupMillis, samples));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return results;
    }

    private List<String> prepare(Strategy strategy, Table table, Rows rows, int rowsPerStatement, Path input)
            throws IOException {
        String copy = "\\copy " + table.quotedName() + " (" + table.shape().columnList() + ") from '" + input + "'";
        switch (strategy.psqlCounterpart()) {
            case TEXT_COPY:
                PsqlInputs.writeTextCopy(table, rows, input);
                return List.of("-c", copy);
            case BINARY_COPY:
                PsqlInputs.writeBinaryCopy(table, rows, input);
                return List.of("-c", copy + " with (format binary)");
            case VALUES_SCRIPT:
                PsqlInputs.writeValuesScript(rows, table, rowsPerStatement, input);
                return List.of("-f", input.toString());
            case UNNEST_SCRIPT:
                PsqlInputs.writeUnnestScript(rows, table, rowsPerStatement, input);
                return List.of("-f", input.toString());
            default:
                throw new IllegalArgumentException(strategy + " has no psql counterpart");
        }
    }

    private List<Double> measure(
            Connection jdbc,
            Table table,
            Strategy strategy,
            List<String> arguments,
            RowChecksum expected,
            int rows,
            double startupMillis)
            throws IOException, SQLException {
        LoadVerifier verifier = new LoadVerifier(table);
        try (Statement statement = jdbc.createStatement()) {
            statement.execute(table.dropSql());
        }
        table.create(jdbc);
        List<Double> samples = new ArrayList<>();
        for (int load = 0; load < warmupLoads + measuredLoads; load++) {
            try (Statement statement = jdbc.createStatement()) {
                statement.execute(table.truncateSql());
                statement.execute("CHECKPOINT");
            }
            long start = System.nanoTime();
            String output = runPsql(arguments);
            double millis = (System.nanoTime() - start) / 1e6 - startupMillis;
            verifier.verify("psql " + strategy, expected, storedCount(output), rows, jdbc);
            if (millis <= 0) {
                throw new UserError(
                        "psql loaded " + rows + " rows (" + strategy + ") faster than it starts up, so the load "
                                + "cannot be timed apart from the start-up; compare with more rows");
            }
            if (load >= warmupLoads) {
                samples.add(millis);
            }
        }
        try (Statement statement = jdbc.createStatement()) {
            statement.execute(table.dropSql());
        }
        return samples;
    }

    private PsqlResult result(
            PlannedRun run, int rowsPerStatement, String version, double startupMillis, List<Double> samples) {
        SampleStatistics seconds =
                SampleStatistics.of(samples.stream().map(ms -> ms / 1000).toList());
        double rowsPerSecond = run.rows() / seconds.mean();
        Double error = seconds.halfWidth999() == null
                ? null
                : run.rows() * seconds.halfWidth999() / (seconds.mean() * seconds.mean());
        return new PsqlResult(
                run.strategy().name(),
                run.rows(),
                Map.of(
                        "rowsPerStatement",
                        String.valueOf(rowsPerStatement),
                        "badRowPercent",
                        String.valueOf(run.badRowPercent())),
                version,
                startupMillis,
                samples,
                rowsPerSecond,
                error);
    }

    private List<Double> timeRepeatedly(int times, List<String> arguments) throws IOException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            runPsql(arguments);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private String psqlVersion() throws IOException {
        return runProcess(List.of(psql, "--version")).trim();
    }

    /**
     * Tries {@code psql --version} before any server starts, so a program that is not psql ends the
     * run in one sentence before it has measured anything, not after.
     *
     * @throws UserError where {@code psql} does not answer as PostgreSQL's client does
     */
    public static void requireProgram(String psql) {
        String version;
        try {
            version = new PsqlReference(psql, null, 0, 0).psqlVersion();
        } catch (IOException e) {
            throw new UserError(
                    "--psql " + psql + " does not answer as psql does (" + Sentence.oneLine(e.getMessage())
                            + "); name PostgreSQL's client with --psql PATH",
                    e);
        }
        if (!PSQL_VERSION.matcher(version).lookingAt()) {
            throw new UserError("--psql " + psql + " does not answer as psql does (its --version printed '"
                    + Sentence.oneLine(version) + "'); name PostgreSQL's client with --psql PATH");
        }
    }

    /**
     * Tries a {@code SELECT 1} through psql before any load: a psql that cannot reach the server the
     * run measures ends it in one sentence before anything is measured.
     *
     * @throws UserError where it cannot
     */
    public void checkConnects() {
        try {
            runPsql(List.of("-c", "SELECT 1"));
        } catch (IOException e) {
            throw new UserError(
                    "psql cannot reach the server the run measures: " + Sentence.oneLine(e.getMessage()), e);
        }
    }

    private String runPsql(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(psql, "-X", "-v", "ON_ERROR_STOP=1", "-d", libpqUri()));
        command.addAll(arguments);
        return runProcess(command);
    }

    private String runProcess(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (connection != null && connection.password() != null) {
            builder.environment().put("PGPASSWORD", connection.password());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UserError(
                    "cannot run psql as '" + psql + "' (" + e.getMessage() + "); install it or pass --psql PATH");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("psql failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while psql ran", e);
        }
        return output;
    }

    /** The JDBC URL as a libpq URI, keeping only the parameters libpq shares with pgjdbc; the password goes in PGPASSWORD. */
    String libpqUri() {
        String url = connection.jdbcUrl().substring("jdbc:".length());
        int query = url.indexOf('?');
        StringBuilder uri = new StringBuilder(query < 0 ? url : url.substring(0, query));
        List<String> kept = new ArrayList<>();
        if (connection.user() != null) {
            kept.add("user="
                    + URLEncoder.encode(connection.user(), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        if (query >= 0) {
            Arrays.stream(url.substring(query + 1).split("&"))
                    .filter(param -> param.startsWith("sslmode="))
                    .forEach(kept::add);
        }
        if (!kept.isEmpty()) {
            uri.append('?').append(String.join("&", kept));
        }
        return uri.toString();
    }

    private static long storedCount(String psqlOutput) {
        long stored = 0;
        Matcher tag = COMMAND_TAG.matcher(psqlOutput);
        while (tag.find()) {
            stored += Long.parseLong(tag.group(1));
        }
        return stored;
    }
}
