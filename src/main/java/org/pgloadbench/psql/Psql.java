package org.pgloadbench.psql;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.result.SampleStatistics;
import org.pgloadbench.server.ConnectionSettings;

/**
 * PostgreSQL's own client, run as a process against the server a run measures: the JDBC URL
 * becomes a libpq URI, the password goes in PGPASSWORD, {@code .psqlrc} is not read and the first
 * error stops the script, as a load must.
 */
public final class Psql {
    private static final Pattern COMMAND_TAG = Pattern.compile("^(?:COPY|INSERT 0) (\\d+)$", Pattern.MULTILINE);
    private static final Pattern PSQL_VERSION = Pattern.compile("psql \\(PostgreSQL\\) \\d+");
    /** How many {@code SELECT 1} runs the start-up time is the median of. */
    private static final int STARTUP_SAMPLES = 7;
    /** The application_name psql's connections carry, so the benchmark can tell its backends. */
    static final String APPLICATION_NAME = "pgload-bench-psql";

    private final String program;
    private final ConnectionSettings connection;

    /** @param connection the server, or null for {@link #version()} alone */
    public Psql(String program, ConnectionSettings connection) {
        this.program = program;
        this.connection = connection;
    }

    /**
     * Tries {@code psql --version} before any server starts, so a program that is not psql ends the
     * run in one sentence before it has measured anything, not after.
     *
     * @throws UserError where {@code program} does not answer as PostgreSQL's client does
     */
    public static void requireProgram(String program) {
        String version;
        try {
            version = new Psql(program, null).version();
        } catch (IOException e) {
            throw new UserError(
                    "--psql " + program + " does not answer as psql does (" + Sentence.oneLine(e.getMessage())
                            + "); name PostgreSQL's client with --psql PATH",
                    e);
        }
        if (!PSQL_VERSION.matcher(version).lookingAt()) {
            throw new UserError("--psql " + program + " does not answer as psql does (its --version printed '"
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
            run(List.of("-c", "SELECT 1"));
        } catch (IOException e) {
            throw new UserError(
                    "psql cannot reach the server the run measures: " + Sentence.oneLine(e.getMessage()), e);
        }
    }

    /** What {@code psql --version} prints, such as {@code psql (PostgreSQL) 15.14}. */
    public String version() throws IOException {
        return runProcess(List.of(program, "--version")).trim();
    }

    /** The median wall time, in milliseconds, of psql connecting and running {@code SELECT 1}. */
    public double startupMillis() throws IOException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < STARTUP_SAMPLES; i++) {
            long start = System.nanoTime();
            run(List.of("-c", "SELECT 1"));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return SampleStatistics.median(millis);
    }

    /** Runs psql with these arguments against the server and returns what it printed. */
    String run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(program, "-X", "-v", "ON_ERROR_STOP=1", "-d", libpqUri()));
        command.addAll(arguments);
        return runProcess(command);
    }

    private String runProcess(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGAPPNAME", APPLICATION_NAME);
        if (connection != null && connection.password() != null) {
            builder.environment().put("PGPASSWORD", connection.password());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UserError(
                    "cannot run psql as '" + program + "' (" + e.getMessage() + "); install it or pass --psql PATH");
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

    /** The rows psql's command tags say were stored: COPY's, or the sum of a script's INSERTs. */
    static long storedCount(String psqlOutput) {
        long stored = 0;
        Matcher tag = COMMAND_TAG.matcher(psqlOutput);
        while (tag.find()) {
            stored += Long.parseLong(tag.group(1));
        }
        return stored;
    }
}
