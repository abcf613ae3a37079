package org.pgloadbench.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a Docker container started by Testcontainers, for a server isolated from the host
 * or a version other than the embedded 18. Testcontainers starts postgres with {@code fsync=off};
 * the command here replaces that with the settings it is given.
 */
final class ContainerServer implements PostgresServer {
    static final String DEFAULT_IMAGE = "postgres:18";

    private final PostgreSQLContainer container;
    private final ConnectionSettings connection;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
        this.connection = ConnectionSettings.of(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerServer start(String image, Map<String, String> settings) {
        List<String> command = new ArrayList<>(List.of("postgres"));
        settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        PostgreSQLContainer container = new PostgreSQLContainer(image);
        container.withCommand(command.toArray(String[]::new));
        container.start();
        return new ContainerServer(container);
    }

    @Override
    public Target target() {
        return Target.CONTAINER;
    }

    @Override
    public ConnectionSettings connection() {
        return connection;
    }

    @Override
    public void close() {
        container.stop();
    }
}
