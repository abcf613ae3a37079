package org.pgloadbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openjdk.jmh.runner.options.Options;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;

/**
 * Everything the three JVMs of a run exchange, defined once. The launcher ({@code bench.launch})
 * starts one JMH host ({@code bench.host}) per benchmark; the host's JMH starts the forks
 * ({@code bench.fork}) that load and measure.
 *
 * <ul>
 *   <li>launcher to host: the command line names the host's three {@link HostFiles}; JMH's options
 *       travel serialized on standard input ({@link #sendOptions}); the server's password is in the
 *       environment ({@link #exportPassword}), which the forks inherit.
 *   <li>host to launcher: one line per finished load on standard error ({@link #loadEvent}), for the
 *       progress line; JMH's JSON in the results file, or the benchmark's own error in the failure file.
 *   <li>launcher to fork: system properties, through JMH's {@code jvmArgs} ({@link ForkSettings}). JMH
 *       records them in its results, so they never carry a secret.
 *   <li>fork to launcher: the cost log, one JSON line per measured load ({@code result.LoadCostLog}).
 * </ul>
 */
public final class ForkContract {
    /** Where a fork finds the server's password. */
    public static final String PASSWORD_VARIABLE = "PGLOADBENCH_PASSWORD";

    private static final String URL_PROPERTY = "pgloadbench.jdbcUrl";
    private static final String USER_PROPERTY = "pgloadbench.user";
    private static final String DISTRIBUTION_PROPERTY = "pgloadbench.distribution";
    private static final String SHARD_COUNT_PROPERTY = "pgloadbench.shardCount";
    private static final String TABLE_DDL_PROPERTY = "pgloadbench.tableDdlFile";
    private static final String COST_LOG_PROPERTY = "pgloadbench.costsFile";
    private static final String SERVER_FILES_PROPERTY = "pgloadbench.serverFilesDir";
    private static final String LOAD_EVENT = "pgload-bench load ";

    private ForkContract() {}

    /**
     * What a fork needs to know that JMH's parameters do not say.
     *
     * @param server where to connect; its password is not passed here but in {@link #PASSWORD_VARIABLE}
     * @param tableDdl the file holding the user's CREATE TABLE, or null for the built-in tables
     * @param costLog where measured loads' costs go, or null when the run does not account for them
     * @param serverFiles where files the server reads ({@code COPY ... FROM 'file'}) are written
     */
    public record ForkSettings(
            ConnectionSettings server, Distribution distribution, Path tableDdl, Path costLog, Path serverFiles) {

        /** The JVM arguments that hand these settings to a fork: URL and user, never the password. */
        public List<String> jvmArguments() {
            List<String> arguments = new ArrayList<>();
            arguments.add(property(URL_PROPERTY, server.jdbcUrl()));
            if (server.user() != null) {
                arguments.add(property(USER_PROPERTY, server.user()));
            }
            if (distribution.distributed()) {
                arguments.add(
                        property(DISTRIBUTION_PROPERTY, distribution.kind().name()));
                if (distribution.shardCount() != null) {
                    arguments.add(property(SHARD_COUNT_PROPERTY, distribution.shardCount()));
                }
            }
            if (tableDdl != null) {
                arguments.add(property(TABLE_DDL_PROPERTY, tableDdl));
            }
            if (costLog != null) {
                arguments.add(property(COST_LOG_PROPERTY, costLog));
            }
            arguments.add(property(SERVER_FILES_PROPERTY, serverFiles));
            return arguments;
        }

        /**
         * In a fork: what {@link #jvmArguments()} and {@link #exportPassword} passed.
         *
         * @throws IllegalStateException, in one sentence, where the fork was started without a server
         */
        public static ForkSettings fromSystemProperties() {
            String url = System.getProperty(URL_PROPERTY);
            if (url == null) {
                throw new IllegalStateException(
                        "no server: run the benchmarks through ./run-bench.sh, or pass -jvmArgs \"-D"
                                + URL_PROPERTY + "=jdbc:postgresql://host:port/db -D" + USER_PROPERTY
                                + "=user\" to JMH (and the "
                                + "password in the " + PASSWORD_VARIABLE + " environment variable)");
            }
            String kind = System.getProperty(DISTRIBUTION_PROPERTY);
            String shards = System.getProperty(SHARD_COUNT_PROPERTY);
            return new ForkSettings(
                    new ConnectionSettings(url, System.getProperty(USER_PROPERTY), System.getenv(PASSWORD_VARIABLE)),
                    kind == null
                            ? Distribution.NONE
                            : new Distribution(
                                    Distribution.Kind.valueOf(kind), shards == null ? null : Integer.valueOf(shards)),
                    path(TABLE_DDL_PROPERTY),
                    path(COST_LOG_PROPERTY),
                    Path.of(System.getProperty(SERVER_FILES_PROPERTY, System.getProperty("java.io.tmpdir"))));
        }

        /** The user's CREATE TABLE, or null for the built-in tables. */
        public String tableDdlText() {
            if (tableDdl == null) {
                return null;
            }
            try {
                return Files.readString(tableDdl, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot read the table definition " + tableDdl + ": " + e.getMessage(), e);
            }
        }

        private static String property(String name, Object value) {
            return "-D" + name + "=" + value;
        }

        private static Path path(String property) {
            String value = System.getProperty(property);
            return value == null ? null : Path.of(value);
        }
    }

    /**
     * The JMH host's files, named on its command line: JMH's JSON on success, the benchmark's own
     * error message on failure, and the run's log, to which JMH's whole output is appended.
     */
    public record HostFiles(Path results, Path failure, Path log) {
        /** The files of a host whose outputs are named after {@code base}, logging to {@code log}. */
        public static HostFiles of(Path base, Path log) {
            return new HostFiles(Path.of(base + ".json"), Path.of(base + ".failure"), log);
        }

        public List<String> arguments() {
            return List.of(results.toString(), failure.toString(), log.toString());
        }

        public static HostFiles fromArguments(String[] arguments) {
            return new HostFiles(Path.of(arguments[0]), Path.of(arguments[1]), Path.of(arguments[2]));
        }
    }

    /** Sets or clears the password variable in the environment of a JMH host about to be started. */
    public static void exportPassword(ConnectionSettings server, Map<String, String> environment) {
        if (server.password() == null) {
            environment.remove(PASSWORD_VARIABLE);
        } else {
            environment.put(PASSWORD_VARIABLE, server.password());
        }
    }

    /** Hands JMH's options to a host, whose {@link #receiveOptions} reads them. */
    public static void sendOptions(Options options, OutputStream host) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(host)) {
            out.writeObject(options);
        }
    }

    public static Options receiveOptions(InputStream launcher) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(launcher)) {
            return (Options) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("the launcher sent options of another JMH: " + e.getMessage(), e);
        }
    }

    /** The line a host writes to standard error when a load (warm-up or measured) ends. */
    public static String loadEvent(double rowsPerSecond) {
        return LOAD_EVENT + rowsPerSecond;
    }

    /** The rows/sec of the load a line announces, or empty where the line is something else (a JVM's own complaint). */
    public static OptionalDouble parseLoadEvent(String line) {
        if (!line.startsWith(LOAD_EVENT)) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(line.substring(LOAD_EVENT.length())));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Where the forks of a run working in {@code workDirectory} log their loads' costs. */
    public static Path costLog(Path workDirectory) {
        return workDirectory.resolve("load-costs.jsonl");
    }

    /** Where the launcher writes the user's CREATE TABLE for the forks of a run working in {@code workDirectory}. */
    public static Path tableDdl(Path workDirectory) {
        return workDirectory.resolve("table-ddl.sql");
    }
}
