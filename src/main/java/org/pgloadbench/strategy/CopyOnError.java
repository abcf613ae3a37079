package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntPredicate;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.MalformedRows;
import org.pgloadbench.dataset.RowSource;

/**
 * Text COPY with {@code ON_ERROR ignore} (PostgreSQL 17+) over a stream in which
 * {@code badRowPercent} of the rows carry one value that fails type input, made from the table's
 * own column types ({@link MalformedRows#kindsFor}): a number column gets a non-number or an
 * overflow, a date an impossible date, a uuid a bad uuid, and so on.
 *
 * <p>Before 17 a single bad value aborted the whole COPY, so loaders of dirty data fell back to
 * row-by-row INSERTs with error handling. ON_ERROR ignore makes the server skip rows whose values
 * fail type input and keep the rest, at the cost of catching each error in a soft-error path; it
 * does not cover constraint violations. The result shows what tolerance costs against clean
 * {@link CopyText}. The stored count from COPY's tag tells how many rows were skipped; the
 * verifier checks that exactly the malformed ones were. A table of text columns only, which
 * accept any value, cannot have a malformed row: the strategy does not apply to it.
 */
final class CopyOnError implements LoadStrategy {
    private final String sql;
    private final List<Column> columns;
    private final MalformedRows malformed;

    CopyOnError(StrategySettings settings) {
        this.sql = settings.table().copyFromStdinSql(" (FORMAT text, ON_ERROR ignore)");
        this.columns = settings.table().columns();
        this.malformed =
                new MalformedRows(settings.badRowPercent(), settings.table().shape());
        if (!malformed.applies()) {
            throw new NotApplicableException("does not apply to table "
                    + settings.table().shape().name() + ": none of its columns has a type whose input can fail");
        }
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return CopyInStream.copy(connection, sql, out -> {
            TextCopyEncoder encoder = new TextCopyEncoder(out, columns);
            rows.forEachChunk(1, (chunk, firstRow) -> {
                for (int row = 0; row < chunk.size(); row++) {
                    if (malformed.isMalformed(firstRow + row)) {
                        encoder.writeMalformedRow(chunk, row, malformed.malformationOf(firstRow + row));
                    } else {
                        encoder.writeRow(chunk, row);
                    }
                }
                return 0;
            });
        });
    }

    @Override
    public IntPredicate storesRow() {
        return row -> !malformed.isMalformed(row);
    }
}
