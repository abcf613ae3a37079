package org.pgloadbench.report;

import java.util.Map;

/** "What, where and when" for every chart title: machine, server, durability, date. */
final class ChartTitles {
    private ChartTitles() {
    }

    static String of(String what, ResultFile result) {
        Environment environment = result.environment();
        Environment.Postgres postgres = environment.postgres();
        Map<String, String> settings = postgres.settings();
        return what + " — " + environment.machine().hostname() + " (" + environment.machine().cores() + " cores), "
                + "PG " + postgres.serverVersion() + " " + postgres.target()
                + ", fsync=" + settings.getOrDefault("fsync", "?")
                + ", synchronous_commit=" + settings.getOrDefault("synchronous_commit", "?")
                + " — " + result.createdAt().substring(0, 10);
    }
}
