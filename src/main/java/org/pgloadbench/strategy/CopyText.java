package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.RowSource;

/**
 * {@code COPY ... FROM STDIN} in text format, streamed through pgjdbc's CopyManager.
 *
 * <p>One statement for the whole load: no per-row round trip, no per-row executor start, no
 * parameters. The client streams tab-separated lines as fast as the socket takes them while the
 * server parses them and inserts in batches ({@code heap_multi_insert}, which also writes less WAL
 * per row than one INSERT at a time). What remains per row is text parsing on the server (numbers,
 * timestamps) and formatting on the client: usually an order of magnitude past multi-row INSERTs.
 */
final class CopyText implements LoadStrategy {
    private final String sql;
    private final List<Column> columns;

    CopyText(StrategySettings settings) {
        this.sql = settings.table().copyFromStdinSql("");
        this.columns = settings.table().columns();
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return CopyInStream.copy(connection, sql, out -> new TextCopyEncoder(out, columns).writeAll(rows));
    }
}
