package org.pgloadbench.report;

import java.nio.file.Path;

/** A result file with the name it goes by in reports: its file name without {@code .json}. */
public record NamedResult(Path file, String name, ResultFile result) {
    public static NamedResult read(Path file) {
        String fileName = file.getFileName().toString();
        return new NamedResult(file, fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName,
                ResultFiles.read(file));
    }

    /** Short enough for a legend: host, server, profile, time. */
    public String shortLabel() {
        Environment environment = result.environment();
        return environment.machine().hostname() + " · PG " + environment.postgres().serverVersion() + " "
                + environment.postgres().target() + " · " + result.profile() + " · " + result.createdAt().replace('T', ' ')
                .replaceAll(":\\d\\dZ?$", "");
    }
}
