package org.pgloadbench.dataset;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Turns the {@code table}, {@code indexes}, {@code keyOrder} and {@code tableFeature} a benchmark was
 * given into the {@link Table} it loads.
 */
public final class Tables {
    private Tables() {}

    /**
     * A built-in shape by name, or the table the user's DDL creates (read back without leaving it
     * behind; it must be named {@code table}).
     *
     * @param ddl the user's CREATE TABLE, or null when none was given
     * @throws IllegalArgumentException, in one sentence, for a name or DDL that cannot be loaded
     */
    public static Table resolve(
            String table, String indexes, String keyOrder, String features, String ddl, Connection connection)
            throws SQLException {
        TableFeatures chosenFeatures = TableFeatures.parse(features);
        Indexes chosen = Indexes.named(indexes)
                .orElseThrow(() -> new IllegalArgumentException(
                        "indexes must be one of " + Indexes.labels() + ", not " + indexes));
        TableShape builtIn = TableShape.builtIn(table).orElse(null);
        if (builtIn != null) {
            return Table.builtIn(KeyOrder.apply(builtIn, keyOrder), chosen).withFeatures(chosenFeatures);
        }
        if (ddl == null) {
            throw new IllegalArgumentException("there is no table " + table + "; the suite has "
                    + TableShape.builtInList() + ", or give your own with --table-ddl FILE");
        }
        CatalogTable.Created created = CatalogTable.inspect(connection, ddl);
        if (!created.shape().name().equals(table)) {
            throw new IllegalArgumentException(
                    "table " + table + " is neither built in nor the one --table-ddl creates ("
                            + created.shape().name() + ")");
        }
        return Table.fromDdl(KeyOrder.apply(created.shape(), keyOrder), created.quotedName(), chosen, ddl)
                .withFeatures(chosenFeatures);
    }

    /**
     * Refuses a --table-ddl table named like a built-in one, since results name tables by name alone.
     *
     * @throws IllegalArgumentException, in one sentence
     */
    public static void checkOwnName(CatalogTable.Created created) {
        if (TableShape.builtIn(created.shape().name()).isPresent()) {
            throw new IllegalArgumentException(
                    "--table-ddl creates a table named " + created.shape().name()
                            + ", which is the name of a built-in table; rename it so results can tell the two apart");
        }
    }
}
