package org.pgloadbench.strategy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.Identifiers;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;
import org.postgresql.util.PSQLException;

/**
 * The server's ceiling, not a way to load from Java: {@code COPY ... FROM '/path/file'}, the
 * server reading the same rows from a file on its own machine, with no client, socket or protocol
 * in the path. What a row costs here is what it costs the server alone: reading, parsing (text) or
 * converting (binary), inserting, maintaining indexes and writing WAL, all on one backend.
 *
 * <p>A client COPY can come close but should not pass it: its backend does the same work and reads
 * a socket instead of a file. One that does pass it is a finding, not an error: a client that
 * splits the rows over several backends (the parallel COPY) uses CPUs this one never does. The file is
 * written before the first load, untimed, in the rows' COPY {@code format} (so with streamed rows,
 * whose generation the other strategies pay for during the load, it is not comparable); reading it needs
 * superuser or the {@code pg_read_server_files} role, and a server that can see this machine's files.
 */
final class ServerCopyFile implements LoadStrategy {
    private static final String PROBE_TABLE = "pgloadbench_server_file_probe";

    private final Table table;
    private final List<Column> columns;
    private final CopyFormat format;
    private ServerReadableDirectory directory;
    private RowSource written;
    private String sql;

    ServerCopyFile(StrategySettings settings) {
        this.table = settings.table();
        this.columns = settings.table().columns();
        this.format = settings.format();
    }

    /**
     * Runs before anything is measured, in the directory the loads will use: COPYs a one-line file
     * into a temporary table.
     */
    static Optional<String> unreadableFilesOn(StrategyContext context) throws SQLException {
        ServerReadableDirectory directory;
        Path probe;
        try {
            directory = new ServerReadableDirectory(context.serverFiles());
            probe = directory.write("probe.txt", out -> out.putBytes(new byte[] {'1', '\n'}, 0, 2));
        } catch (IOException e) {
            return Optional.of("no file the server could read can be written here (" + e.getMessage() + ")");
        }
        try (Statement statement = context.connection().createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + PROBE_TABLE + " (n integer)");
            try {
                statement.execute("COPY " + PROBE_TABLE + " FROM " + Identifiers.literal(probe.toString()));
                return Optional.empty();
            } finally {
                statement.execute("DROP TABLE " + PROBE_TABLE);
            }
        } catch (SQLException e) {
            return Optional.of("the server cannot read a file this machine writes (" + serverMessage(e) + ")");
        } finally {
            try {
                directory.close();
            } catch (IOException e) {
                // Left inside the run's directory, which goes with the run.
            }
        }
    }

    /** The server's message and its detail (which names the role a COPY from a file needs), without the hint about psql. */
    private static String serverMessage(SQLException e) {
        if (!(e instanceof PSQLException server) || server.getServerErrorMessage() == null) {
            return e.getMessage();
        }
        String detail = server.getServerErrorMessage().getDetail();
        return server.getServerErrorMessage().getMessage()
                + (detail == null ? "" : "; " + detail.replaceAll("\\.$", ""));
    }

    @Override
    public void prepare(StrategyContext context) throws SQLException {
        try {
            directory = new ServerReadableDirectory(context.serverFiles());
        } catch (IOException e) {
            throw new SQLException("cannot make a directory for the server's file: " + e.getMessage(), e);
        }
    }

    /** Writes the rows' file before the first load, and again only if a load is given other rows. */
    @Override
    public void reset(Connection connection, RowSource rows) throws SQLException {
        if (rows == written) {
            return;
        }
        CopyInStream.Encoding encoding = format == CopyFormat.BINARY
                ? out -> new BinaryCopyEncoder(out, columns).writeAll(rows)
                : out -> new TextCopyEncoder(out, columns).writeAll(rows);
        try {
            Path file = directory.write("rows." + format.name().toLowerCase(Locale.ROOT), encoding);
            sql = table.copyFromFileSql(file.toString(), format.option());
        } catch (IOException e) {
            throw new SQLException("cannot write the rows' file for the server: " + e.getMessage(), e);
        }
        written = rows;
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        if (rows != written) {
            throw new IllegalStateException("the rows' file is written by reset, before the load");
        }
        return Transactions.inOneTransaction(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeLargeUpdate(sql);
            }
        });
    }

    @Override
    public void close() throws SQLException {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                throw new SQLException("cannot remove the server's file: " + e.getMessage(), e);
            }
        }
    }
}
