package org.pgloadbench.server;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pgloadbench.Causes;
import org.pgloadbench.UserError;
import org.pgloadbench.lifecycle.RunDirectory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerFetchException;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL in a Docker container started by Testcontainers, for a server isolated from the host
 * or a version other than the embedded 18. Testcontainers starts postgres with {@code fsync=off};
 * the command here replaces that with the settings it is given. Any image that keeps the official
 * image's contract (POSTGRES_* variables, {@code postgres -c} arguments) will do, such as the one
 * docker/build-image.sh builds where no registry is reachable. The run's directory for files the
 * server reads itself is mounted read-only at the same path, so the server's own file load works.
 * Without Ryuk ({@code TESTCONTAINERS_RYUK_DISABLED=true}) nothing else would remove the container,
 * so a shutdown hook stops it on Ctrl-C as {@link #close()} does otherwise.
 */
final class ContainerServer implements PostgresServer {
    static final String DEFAULT_IMAGE = "postgres:18";

    private final PostgreSQLContainer container;
    private final ConnectionSettings connection;
    private final Thread stopOnExit;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
        this.connection =
                ConnectionSettings.of(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        this.stopOnExit = new Thread(container::stop, "stop-postgres-container");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** False when no engine answers; a reaper that cannot start is the user's to fix, in one sentence. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (ContainerFetchException e) {
            throw new UserError(
                    "Testcontainers cannot start its reaper container, Ryuk, whose image cannot be pulled here; "
                            + "where no registry is reachable set TESTCONTAINERS_RYUK_DISABLED=true (the suite stops its own container)",
                    e);
        }
    }

    static ContainerServer start(String image, Map<String, String> settings, Path runDirectory) {
        requireImage(image);
        List<String> command = new ArrayList<>(List.of("postgres"));
        settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        PostgreSQLContainer container =
                new PostgreSQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        container.withCommand(command.toArray(String[]::new));
        Path shared = RunDirectory.serverFiles(runDirectory);
        try {
            Files.createDirectories(shared);
        } catch (IOException e) {
            throw new UserError("cannot create " + shared + " to share with the container: " + e.getMessage(), e);
        }
        // Set on the container itself: Testcontainers' withFileSystemBind first checks that binds work
        // by running an alpine container, which a machine without a registry cannot pull.
        container.withCreateContainerCmdModifier(create -> create.getHostConfig()
                .withBinds(new Bind(shared.toString(), new Volume(shared.toString()), AccessMode.ro)));
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new UserError("the PostgreSQL container (" + image + ") did not start: " + Causes.rootMessage(e), e);
        }
        return new ContainerServer(container);
    }

    /**
     * An image missing here is pulled once, now: Testcontainers would retry a failing pull for two
     * minutes before saying why.
     */
    private static void requireImage(String image) {
        DockerClient docker = DockerClientFactory.instance().client();
        try {
            docker.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException missing) {
            // pull it below
        }
        try {
            docker.pullImageCmd(image).start().awaitCompletion(10, TimeUnit.MINUTES);
            docker.inspectImageCmd(image).exec();
        } catch (RuntimeException e) {
            throw new UserError(
                    "the Docker image " + image + " is not on this machine and cannot be pulled ("
                            + Causes.rootMessage(e)
                            + "); build it with docker/build-image.sh or name another with --image",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while pulling " + image, e);
        }
    }

    @Override
    public Target target() {
        return Target.CONTAINER;
    }

    @Override
    public ConnectionSettings connection() {
        return connection;
    }

    /** Stops and removes the container; an engine that went away is said in one sentence. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops the container.
            return;
        }
        String id = container.getContainerId();
        try {
            DockerClientFactory.instance().client().pingCmd().exec();
        } catch (RuntimeException engineGone) {
            System.err.println("run-bench.sh: the Docker engine stopped answering during the run ("
                    + Causes.rootMessage(engineGone) + "); if it comes back, check that container " + id
                    + " is gone (docker rm -f " + id + ").");
            return;
        }
        container.stop();
    }
}
