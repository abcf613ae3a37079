package org.pgloadbench.result;

import java.util.List;

/**
 * A table a run loaded, as a comparison needs to know it: its name, its columns as the loads sent
 * them (name and type), and a fingerprint over everything that makes it that table (the columns,
 * its key and, for a table of the user's, the CREATE TABLE itself). Two runs' tables of one name
 * are the same load only where their fingerprints agree.
 */
public record LoadedTable(String name, List<String> columns, String fingerprint) {
    /** {@code 5 columns (id bigint, name text, ...)}, for a note that says how two tables differ. */
    public String describe() {
        String listed = columns.size() <= 6
                ? String.join(", ", columns)
                : String.join(", ", columns.subList(0, 5)) + ", ... " + columns.get(columns.size() - 1);
        return columns.size() + (columns.size() == 1 ? " column (" : " columns (") + listed + ")";
    }
}
