package org.pgloadbench.bench.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.result.LoadedTable;

/** The tables a plan loads, each with the fingerprint a comparison tells same-named tables apart by. */
public final class LoadedTables {
    private LoadedTables() {}

    public static List<LoadedTable> of(List<PlannedRun> plan) {
        Map<String, LoadedTable> tables = new LinkedHashMap<>();
        for (PlannedRun run : plan) {
            tables.computeIfAbsent(run.table().shape().name(), name -> of(run.table()));
        }
        return List.copyOf(tables.values());
    }

    static LoadedTable of(Table table) {
        List<String> columns = new ArrayList<>();
        for (Column column : table.shape().columns()) {
            columns.add(column.name() + " " + column.sqlType());
        }
        List<String> described = new ArrayList<>();
        for (Column column : table.shape().columns()) {
            described.add(column.name() + " " + column.sqlType() + (column.notNull() ? " not null" : "")
                    + (column.unique() ? " unique" : ""));
        }
        described.add("key " + table.shape().primaryKey());
        if (table.ddl() != null) {
            described.add("ddl " + table.ddl().strip().replaceAll("\\s+", " "));
        }
        return new LoadedTable(table.shape().name(), List.copyOf(columns), fingerprint(String.join("\n", described)));
    }

    /** The first twelve hex digits of SHA-256: enough to tell tables apart, short enough to read. */
    private static String fingerprint(String description) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
