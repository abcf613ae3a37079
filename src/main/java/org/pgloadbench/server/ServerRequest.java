package org.pgloadbench.server;

import java.util.Map;

/**
 * What the user asked for: a target (null to let the URL decide), a JDBC URL for an external
 * server, the container image, the embedded server's release, and the durability preset and
 * setting overrides for a server this process starts.
 */
public record ServerRequest(
        Target target,
        String jdbcUrl,
        String image,
        EmbeddedRelease release,
        Durability durability,
        Map<String, String> settingOverrides,
        Map<String, String> environment) {
    public ServerRequest {
        release = release == null ? EmbeddedRelease.bundled() : release;
        settingOverrides = Map.copyOf(settingOverrides);
        environment = Map.copyOf(environment);
    }

    public ServerRequest withRelease(EmbeddedRelease other) {
        return new ServerRequest(target, jdbcUrl, image, other, durability, settingOverrides, environment);
    }
}
