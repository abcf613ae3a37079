package org.pgloadbench.server;

import java.io.PrintStream;
import org.pgloadbench.UserError;
import org.pgloadbench.lifecycle.RunDirectory;

/** The one place that decides where the benchmarks' PostgreSQL comes from. */
public final class Servers {
    private Servers() {}

    /** Embedded unless a JDBC URL or another target is asked for. */
    public static Target resolveTarget(ServerRequest request) {
        if (request.jdbcUrl() != null) {
            if (request.target() != null && request.target() != Target.EXTERNAL) {
                throw new UserError("--jdbc-url names a server to use as it is, so it cannot be combined with --target "
                        + request.target().label());
            }
            return Target.EXTERNAL;
        }
        return request.target() == null ? Target.EMBEDDED : request.target();
    }

    /** Fetches the embedded binaries of {@code release} if this machine lacks them; nothing for another target. */
    public static void fetchBinaries(ServerRequest request, PrintStream progress) {
        if (resolveTarget(request) == Target.EMBEDDED) {
            EmbeddedServer.binaries(request.release(), request.environment(), progress);
        }
    }

    /** Starts or attaches the server; one this process starts keeps its files in {@code runDirectory}. */
    public static PostgresServer start(ServerRequest request, RunDirectory runDirectory) {
        Target target = resolveTarget(request);
        if (target == Target.EXTERNAL && !request.settingOverrides().isEmpty()) {
            throw new UserError("--pg-setting applies only to a server this suite starts (embedded or container); "
                    + "change an external server's settings on the server itself");
        }
        if (target == Target.EXTERNAL && request.durability() != Durability.SAFE) {
            throw new UserError(
                    "--durability applies only to a server this suite starts (embedded or container); an external "
                            + "server runs with its own settings, which every result file records");
        }
        switch (target) {
            case EMBEDDED:
                return EmbeddedServer.start(
                        request.release(),
                        ServerSettings.of(request.durability(), request.settingOverrides()),
                        request.environment(),
                        runDirectory);
            case CONTAINER:
                if (!ContainerServer.dockerAvailable()) {
                    throw new UserError(
                            "Docker is not available here (no Docker engine answered), so --target container "
                                    + "cannot start a server; use --target embedded or --jdbc-url instead");
                }
                return ContainerServer.start(
                        request.image(),
                        ServerSettings.of(request.durability(), request.settingOverrides()),
                        runDirectory.path());
            case EXTERNAL:
                return ExternalServer.fromUrlOrEnvironment(request.jdbcUrl(), request.environment());
            default:
                throw new IllegalArgumentException("unknown target " + target);
        }
    }
}
