package org.pgloadbench.result;

import java.nio.file.Path;
import java.util.Optional;
import org.pgloadbench.server.Durability;

/** A result file with the name it goes by in reports: its file name without {@code .json}. */
public record NamedResult(Path file, String name, ResultFile result) {
    public static NamedResult read(Path file) {
        String fileName = file.getFileName().toString();
        return new NamedResult(
                file,
                fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName,
                ResultFiles.read(file));
    }

    /** What a table column calls the run: its label, or else its file name. */
    public String title() {
        return result.label() == null ? name : result.label();
    }

    /**
     * Short enough for a legend: the run's label if it has one, host, server (and, if it is not
     * crash-safe, so in words), the Citus cluster's size, added RTT, profile, time.
     */
    public String shortLabel() {
        Environment environment = result.environment();
        String warning = Durability.shortWarning(environment.postgres().leastDurableSettings());
        return (result.label() == null ? "" : result.label() + " · ")
                + environment.machine().hostname() + " · PG "
                + environment.postgres().serverVersion() + " "
                + environment.postgres().target() + (warning.isEmpty() ? "" : " " + warning)
                + (environment.postgres().cluster() == null
                        ? ""
                        : " · " + environment.postgres().cluster().label())
                + (environment.network() == null
                        ? ""
                        : " · " + environment.network().label()) + " · " + result.profile() + " · "
                + result.createdAt().replace('T', ' ').replaceAll(":\\d\\dZ?$", "")
                + (result.incomplete() == null ? "" : " · INCOMPLETE");
    }

    /** One sentence for an incomplete run, saying why it ended and what it holds; empty for a complete one. */
    public Optional<String> incompleteNote() {
        return result.incomplete() == null
                ? Optional.empty()
                : Optional.of(name + " is incomplete: " + result.incomplete()
                        + "; it holds the benchmarks measured before that");
    }
}
