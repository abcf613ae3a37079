package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.RowSource;

/**
 * {@code COPY ... FROM STDIN (FORMAT csv, HEADER)}: the form most files arrive in, streamed like
 * {@link CopyText}.
 *
 * <p>The same single statement and batched inserts as text COPY; only the parsing differs. The
 * server skips the header line, then splits each line at commas while tracking quotes (a quoted
 * field may hold commas, doubled quotes and line breaks), where the text format splits at tabs and
 * undoes backslash escapes. The client scans each text value for a comma, quote or line break
 * before it writes it, as the text format scans for bytes to escape. Values without those bytes,
 * nearly all of them, cost the same in either format, so CSV should come out within a few percent
 * of text: the write-ups' "small amount of extra parsing work", which the claims table checks.
 */
final class CopyCsv implements LoadStrategy {
    private final String sql;
    private final List<Column> columns;

    CopyCsv(StrategySettings settings) {
        this.sql = settings.table().copyFromStdinSql(" (FORMAT csv, HEADER)");
        this.columns = settings.table().columns();
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return CopyInStream.copy(connection, sql, out -> {
            TextCopyEncoder encoder = TextCopyEncoder.csv(out, columns);
            encoder.writeHeader(columns);
            encoder.writeAll(rows);
        });
    }
}
