package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.dataset.CatalogTable;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.KeyOrder;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableFeatures;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.dataset.Tables;
import org.pgloadbench.server.ConnectionSettings;
import picocli.CommandLine.Option;

/**
 * The options that say which tables are loaded: built-in or the user's own, their indexes, the
 * order of their keys and what else they make every row go through.
 */
final class TableOptions {
    @Option(
            names = "--table",
            split = ",",
            paramLabel = "NAME",
            description =
                    "Built-in tables to load: users (5 columns, about 90 bytes a row as text; the default), narrow (2 numbers) or wide (20 columns of every type, about 1.5 KiB a row).")
    List<String> tables;

    @Option(
            names = "--table-ddl",
            paramLabel = "FILE",
            description =
                    "Your own table: a file holding one CREATE TABLE statement. The suite creates it, reads its columns back and generates rows for it; loaded instead of users unless --table names tables too.")
    Path tableDdl;

    @Option(
            names = "--indexes",
            split = ",",
            paramLabel = "none|pk|pk+2",
            description =
                    "Indexes while loading: none, pk (the primary key and unique constraints; the default) or pk+2 (two secondary btree indexes more).")
    List<String> indexes = List.of(Indexes.PK.label());

    @Option(
            names = "--key-order",
            split = ",",
            paramLabel = "ORDER",
            description =
                    "The order of the keys the loads bring: sequential or random for an integer key, uuidv4 or uuidv7 for a uuid key. Default: the table's own (sequential, uuidv4 for a uuid key). More than one value runs each.")
    List<String> keyOrders;

    @Option(
            names = "--table-feature",
            split = ",",
            paramLabel = "FEATURES",
            description =
                    "What the table makes every row go through besides its indexes: none (the default), or trigger (a row trigger writing to a side table), fk (the key references a parent table), volatile-default (a column DEFAULT clock_timestamp()) or generated (a stored generated column), several joined by + in one table (trigger+fk). More than one value runs each.")
    List<String> tableFeatures = List.of(TableFeatures.NONE_LABEL);

    /** Every value checked before a server starts; {@code dataset} decides whether a key order can be given. */
    void validate(Dataset dataset) {
        if (tables != null) {
            for (String table : tables) {
                if (TableShape.builtIn(table).isEmpty()) {
                    throw new UserError("--table " + table + ": there is no such table; the suite has "
                            + TableShape.builtInList() + ", or give your own with --table-ddl FILE");
                }
            }
        }
        for (String value : indexes) {
            if (Indexes.named(value).isEmpty()) {
                throw new UserError("--indexes " + value + ": give one of " + Indexes.labels());
            }
        }
        if (keyOrders != null) {
            for (String value : keyOrders) {
                if (KeyOrder.named(value).isEmpty()) {
                    throw new UserError("--key-order " + value + ": give one of " + KeyOrder.labels());
                }
            }
            if (dataset != Dataset.USERS) {
                throw new UserError("--key-order needs realistic rows: --dataset "
                        + dataset.name().toLowerCase(java.util.Locale.ROOT) + " rows bring keys of their own");
            }
        }
        for (String value : tableFeatures) {
            try {
                TableFeatures.parse(value);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        builtInTables(); // refuses a --key-order or a feature that does not fit a built-in table
    }

    /** Whether any table asked for has features: some commands and targets cannot give tables them yet. */
    boolean anyFeatures() {
        return tableFeatures.stream().anyMatch(value -> !value.equals(TableFeatures.NONE_LABEL));
    }

    /** The built-in tables asked for, each with every --indexes, --key-order and --table-feature value. */
    List<Table> builtInTables() {
        List<String> names = tables != null ? tables : tableDdl == null ? List.of(TableShape.USERS.name()) : List.of();
        List<Table> chosen = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            for (TableShape shape : ordered(TableShape.builtIn(name).orElseThrow())) {
                for (String value : indexes.stream().distinct().toList()) {
                    chosen.addAll(withFeatures(
                            Table.builtIn(shape, Indexes.named(value).orElseThrow())));
                }
            }
        }
        return chosen;
    }

    /** The table with every --table-feature value. */
    private List<Table> withFeatures(Table table) {
        try {
            return tableFeatures.stream()
                    .distinct()
                    .map(value -> table.withFeatures(TableFeatures.parse(value)))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The shape in every --key-order asked for, or in its own order without the option. */
    private List<TableShape> ordered(TableShape shape) {
        if (keyOrders == null) {
            return List.of(shape);
        }
        try {
            return keyOrders.stream()
                    .distinct()
                    .map(value -> shape.withKeyOrder(KeyOrder.named(value).orElseThrow()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The --table-ddl file's text, checked to be one CREATE TABLE before any server starts; null without the option. */
    String ddl() {
        if (tableDdl == null) {
            return null;
        }
        if (!Files.isRegularFile(tableDdl) || !Files.isReadable(tableDdl)) {
            throw new UserError("--table-ddl " + tableDdl + ": no such readable file");
        }
        String ddl;
        try {
            ddl = Files.readString(tableDdl, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(
                    "--table-ddl " + tableDdl + " is not UTF-8 text, as a CREATE TABLE statement would be", e);
        } catch (IOException e) {
            throw new UserError("--table-ddl " + tableDdl + " cannot be read: " + e.getMessage(), e);
        }
        try {
            CatalogTable.checkText(ddl);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        return ddl;
    }

    /**
     * The user's table with every --indexes value, read back from the server without leaving it
     * behind: an unsupported type, a foreign key or a table that already exists ends the run here.
     */
    List<Table> ddlTables(String ddl, ConnectionSettings connection) {
        try (Connection c = connection.open()) {
            CatalogTable.Created created = CatalogTable.inspect(c, ddl);
            Tables.checkOwnName(created);
            List<Table> chosen = new ArrayList<>();
            for (TableShape shape : ordered(created.shape())) {
                for (String value : indexes.stream().distinct().toList()) {
                    chosen.addAll(withFeatures(Table.fromDdl(
                            shape, created.quotedName(), Indexes.named(value).orElseThrow(), ddl)));
                }
            }
            return chosen;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        } catch (SQLException e) {
            throw new UserError(
                    "--table-ddl " + tableDdl + " does not run on this server: " + Sentence.oneLine(e.getMessage()), e);
        }
    }
}
