package org.pgloadbench.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file through which benchmark forks hand their loads' costs to the launcher: one JSON line
 * per measured, verified load, appended by the fork (forks run one after another), read back by
 * the launcher once the run is over and grouped by benchmark. Where it is, is the fork contract's
 * to say ({@code bench.ForkContract}).
 */
public final class LoadCostLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadCostLog() {}

    public static void append(Path file, String benchmarkKey, LoadCost cost, Map<String, String> unavailable) {
        ObjectNode line = JSON.createObjectNode();
        line.put("key", benchmarkKey);
        line.set("load", JSON.valueToTree(cost));
        line.set("unavailable", JSON.valueToTree(unavailable));
        try {
            Files.writeString(
                    file,
                    JSON.writeValueAsString(line) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every benchmark's costs, in the order of their first load; empty if no fork wrote any. */
    public static List<BenchmarkCosts> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, List<LoadCost>> loads = new LinkedHashMap<>();
        Map<String, Map<String, String>> unavailable = new LinkedHashMap<>();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode line = JSON.readTree(text);
            String key = line.path("key").asText();
            loads.computeIfAbsent(key, k -> new ArrayList<>()).add(JSON.treeToValue(line.path("load"), LoadCost.class));
            unavailable
                    .computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .putAll(JSON.convertValue(
                            line.path("unavailable"),
                            JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
        }
        List<BenchmarkCosts> costs = new ArrayList<>();
        loads.forEach(
                (key, measured) -> costs.add(new BenchmarkCosts(key, List.copyOf(measured), unavailable.get(key))));
        return costs;
    }
}
