package org.pgloadbench.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server as the benchmarks met it: version and the settings that change load speed, read back
 * from the server itself rather than from what was asked for, so a result file tells the truth
 * even for an external server someone else configured.
 */
public record ServerFingerprint(String serverVersion, int serverVersionNumber, Map<String, String> settings) {
    /** The settings that decide how fast rows can be made durable. */
    public static final List<String> RECORDED_SETTINGS = List.of(
            "fsync",
            "synchronous_commit",
            "full_page_writes",
            "wal_level",
            "wal_compression",
            "shared_buffers",
            "max_wal_size",
            "checkpoint_timeout",
            "wal_buffers",
            "work_mem",
            "maintenance_work_mem",
            "server_encoding",
            "data_checksums");

    public static ServerFingerprint read(Connection connection) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, current_setting(name) FROM unnest(?::text[]) AS name WHERE name IN (SELECT name FROM pg_settings)")) {
            query.setObject(1, RECORDED_SETTINGS.toArray(String[]::new));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT current_setting('server_version'), current_setting('server_version_num')::int");
                ResultSet row = query.executeQuery()) {
            row.next();
            return new ServerFingerprint(row.getString(1), row.getInt(2), Collections.unmodifiableMap(settings));
        }
    }

    /** The major version, e.g. 18 for 18.3 (server_version_num 180003). */
    public int majorVersion() {
        return serverVersionNumber / 10_000;
    }
}
