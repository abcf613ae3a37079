package org.pgloadbench.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server settings a started server (embedded or container) gets.
 *
 * <p>Both zonky and Testcontainers turn durability off by default to make tests fast; a load
 * benchmark with {@code fsync=off} measures a database that would lose data on a crash, and flatters
 * every strategy that commits often. So durability is back on unless the user picks another
 * {@link Durability} preset or overrides a setting, and the values the server really runs with are
 * read back into every result file.
 */
public final class ServerSettings {
    private ServerSettings() {}

    /** The preset's settings, overridden by {@code overrides} where they name the same setting. */
    public static Map<String, String> of(Durability durability, Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>(durability.settings());
        settings.putAll(overrides);
        return settings;
    }
}
