package org.pgloadbench.dataset;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks that a load stored exactly the rows it should have: the count the server reported, the
 * count in the table, and the content checksum computed in SQL must all match what was generated.
 * A load that fails here has no speed worth reporting.
 */
public final class LoadVerifier {
    private final Table table;

    public LoadVerifier(Table table) {
        this.table = table;
    }

    /** Throws {@link LoadVerificationException}, naming {@code loadName}, on any mismatch; the table was empty before the load. */
    public void verify(String loadName, RowChecksum expected, long reportedStored, int rowsSent, Connection connection)
            throws SQLException {
        verify(loadName, RowChecksum.NONE, expected, reportedStored, rowsSent, connection);
    }

    /**
     * The same for a table that held {@code existing} before the load: it must now hold exactly
     * those rows and the loaded ones, so a load that changed or lost a row already there fails too.
     */
    public void verify(
            String loadName,
            RowChecksum existing,
            RowChecksum expected,
            long reportedStored,
            int rowsSent,
            Connection connection)
            throws SQLException {
        RowChecksum actual = read(connection);
        RowChecksum whole = existing.plus(expected);
        String problem = null;
        // A negative count means the driver reported none (rewritten batches): the table alone is checked.
        if (reportedStored >= 0 && reportedStored != expected.count()) {
            problem = "the server reported " + reportedStored + " rows stored of " + rowsSent + " sent, expected "
                    + expected.count();
        } else if (actual.count() != whole.count()) {
            problem = "the table holds " + actual.count() + " rows, expected " + whole.count()
                    + (existing.count() == 0 ? "" : " (" + existing.count() + " there before the load)");
        } else if (!actual.hashSum().equals(whole.hashSum())) {
            problem = existing.count() == 0
                    ? "the table holds the right number of rows but their content differs from the rows generated"
                    : "the table holds the right number of rows but their content differs from the rows there before"
                            + " the load and the rows generated";
        }
        if (problem != null) {
            throw new LoadVerificationException(loadName + " failed verification: " + problem);
        }
    }

    public RowChecksum read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(RowChecksum.sql(table))) {
            row.next();
            BigInteger sum = row.getBigDecimal(2).toBigIntegerExact();
            return new RowChecksum(row.getLong(1), sum);
        }
    }

    /** A load that lost, added or changed rows. */
    public static final class LoadVerificationException extends IllegalStateException {
        public LoadVerificationException(String message) {
            super(message);
        }
    }
}
