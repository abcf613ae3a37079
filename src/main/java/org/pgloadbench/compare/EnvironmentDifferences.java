package org.pgloadbench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.pgloadbench.result.Environment;

/**
 * What differs between two runs' environments in ways that change the answer: the machine (CPU
 * model and cores: hostnames of CI runners differ from run to run and do not matter), the
 * PostgreSQL major version, durability settings, where the server ran and the round trip added.
 */
public final class EnvironmentDifferences {
    private EnvironmentDifferences() {}

    public static List<String> between(Environment baseline, Environment current) {
        List<String> differences = new ArrayList<>();
        check(differences, "CPU", baseline, current, e -> e.machine().cpuModel());
        check(differences, "cores", baseline, current, e -> e.machine().cores());
        check(
                differences,
                "PostgreSQL major version",
                baseline,
                current,
                e -> e.postgres().serverVersionNumber() / 10_000);
        check(
                differences,
                "fsync",
                baseline,
                current,
                e -> e.postgres().settings().get("fsync"));
        check(
                differences,
                "synchronous_commit",
                baseline,
                current,
                e -> e.postgres().settings().get("synchronous_commit"));
        check(
                differences,
                "wal_level",
                baseline,
                current,
                e -> e.postgres().settings().get("wal_level"));
        check(differences, "target", baseline, current, e -> e.postgres().target());
        check(
                differences,
                "Citus cluster",
                baseline,
                current,
                e -> e.postgres().cluster() == null
                        ? "none"
                        : e.postgres().cluster().describe());
        check(
                differences,
                "added network round trip",
                baseline,
                current,
                e -> e.network() == null ? "none" : e.network().label());
        return differences;
    }

    private static void check(
            List<String> differences,
            String name,
            Environment baseline,
            Environment current,
            Function<Environment, Object> property) {
        Object before = property.apply(baseline);
        Object after = property.apply(current);
        if (!Objects.equals(before, after)) {
            differences.add(name + ": " + before + " (baseline) vs " + after + " (current)");
        }
    }
}
