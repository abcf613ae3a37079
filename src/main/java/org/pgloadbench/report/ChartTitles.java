package org.pgloadbench.report;

import java.util.Map;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.server.Durability;

/**
 * "What, where and when" for every chart title: machine, server, durability, date. A server that is
 * not crash-safe is named so in words, before its settings.
 */
final class ChartTitles {
    private ChartTitles() {}

    static String of(String what, ResultFile result) {
        Environment environment = result.environment();
        Environment.Postgres postgres = environment.postgres();
        Map<String, String> settings = postgres.leastDurableSettings();
        String durability = "fsync=" + settings.getOrDefault("fsync", "?") + ", synchronous_commit="
                + settings.getOrDefault("synchronous_commit", "?");
        String warning = Durability.shortWarning(settings);
        if (!warning.isEmpty()) {
            durability = warning + " (" + durability + ")";
        }
        return what + " — " + (result.label() == null ? "" : result.label() + ": ")
                + environment.machine().hostname() + " ("
                + environment.machine().cores() + " cores), "
                + "PG " + postgres.serverVersion() + " " + postgres.target() + ", " + durability
                + " — " + result.createdAt().substring(0, 10) + (result.incomplete() == null ? "" : " — INCOMPLETE");
    }
}
