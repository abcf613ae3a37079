package org.pgloadbench.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Citus coordinator and the workers that hold its shards, as the coordinator's own catalog lists
 * them: the active primary nodes other than the coordinator's group.
 */
public record CitusCluster(String citusVersion, int defaultShardCount, List<Worker> workers) {

    /** A worker as the coordinator reaches it; the host name is the coordinator's to resolve. */
    public record Worker(String host, int port) {
        public String name() {
            return host + ":" + port;
        }
    }

    /**
     * @throws NotACluster in one sentence, when the server has no citus extension or no active worker
     */
    public static CitusCluster read(Connection coordinator) throws SQLException {
        String version;
        int shardCount;
        try (Statement statement = coordinator.createStatement();
                ResultSet row = statement.executeQuery("SELECT extversion FROM pg_extension WHERE extname = 'citus'")) {
            if (!row.next()) {
                throw new NotACluster(
                        "has no citus extension (it needs citus in shared_preload_libraries and CREATE EXTENSION citus)");
            }
            version = row.getString(1);
        }
        try (Statement statement = coordinator.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('citus.shard_count')::int")) {
            row.next();
            shardCount = row.getInt(1);
        }
        return new CitusCluster(version, shardCount, workers(coordinator));
    }

    private static List<Worker> workers(Connection coordinator) throws SQLException {
        List<Worker> workers = new ArrayList<>();
        try (Statement statement = coordinator.createStatement();
                ResultSet rows = statement.executeQuery("SELECT nodename, nodeport FROM pg_dist_node WHERE isactive "
                        + "AND noderole = 'primary' AND shouldhaveshards "
                        + "AND groupid <> coalesce((SELECT groupid FROM pg_dist_local_group), -1) ORDER BY nodeid")) {
            while (rows.next()) {
                workers.add(new Worker(rows.getString(1), rows.getInt(2)));
            }
        }
        if (workers.isEmpty()) {
            throw new NotACluster("has no active worker nodes (add them with SELECT citus_add_node('host', port))");
        }
        return List.copyOf(workers);
    }

    /**
     * Each worker's version and recorded settings, in {@link #workers()} order, read through the
     * coordinator (which reaches the workers even where this machine cannot).
     */
    public List<ServerFingerprint> workerFingerprints(Connection coordinator) throws SQLException {
        String settings = ServerFingerprint.RECORDED_SETTINGS.stream()
                .map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        String onEachWorker = "SELECT json_build_object('version', current_setting('server_version'), 'number', "
                + "current_setting('server_version_num')::int, 'settings', (SELECT json_object_agg(name, current_setting(name)) "
                + "FROM unnest(ARRAY[" + settings + "]) AS name WHERE name IN (SELECT name FROM pg_settings)))";
        Map<String, ServerFingerprint> byNode = new HashMap<>();
        try (PreparedStatement query = coordinator.prepareStatement(
                "SELECT nodename, nodeport, success, result FROM run_command_on_workers(?)")) {
            query.setString(1, onEachWorker);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String node = new Worker(rows.getString(1), rows.getInt(2)).name();
                    if (!rows.getBoolean(3)) {
                        throw new SQLException("worker " + node + " did not answer: " + rows.getString(4));
                    }
                    byNode.put(node, fingerprint(rows.getString(4)));
                }
            }
        }
        List<ServerFingerprint> fingerprints = new ArrayList<>();
        for (Worker worker : workers) {
            ServerFingerprint fingerprint = byNode.get(worker.name());
            if (fingerprint == null) {
                throw new SQLException("worker " + worker.name() + " is missing from run_command_on_workers");
            }
            fingerprints.add(fingerprint);
        }
        return fingerprints;
    }

    private static ServerFingerprint fingerprint(String json) throws SQLException {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            Map<String, String> settings = new LinkedHashMap<>();
            ServerFingerprint.RECORDED_SETTINGS.stream()
                    .filter(name -> node.path("settings").has(name))
                    .forEach(name ->
                            settings.put(name, node.path("settings").get(name).asText()));
            return new ServerFingerprint(
                    node.get("version").asText(), node.get("number").asInt(), Collections.unmodifiableMap(settings));
        } catch (JsonProcessingException e) {
            throw new SQLException("a worker's settings are not JSON: " + json, e);
        }
    }

    /** A server that cannot serve a distributed run: the message completes "the server at URL ...". */
    public static final class NotACluster extends IllegalStateException {
        NotACluster(String message) {
            super(message);
        }
    }
}
