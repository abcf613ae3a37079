package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Runs one {@code COPY ... FROM STDIN} inside one transaction (or inside the caller's): opens it
 * through pgjdbc's CopyManager, lets an encoder stream the rows into a {@link WireBuffer}, and ends it. A COPY that fails half way
 * is cancelled, so the connection is usable again and nothing of it is committed.
 */
final class CopyInStream {
    @FunctionalInterface
    interface Encoding {
        void writeAll(WireBuffer out) throws SQLException;
    }

    private CopyInStream() {}

    /** Returns the row count of COPY's command tag: the rows the server stored. */
    static long copy(Connection connection, String copySql, Encoding encoding) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> copyInCurrentTransaction(connection, copySql, encoding));
    }

    /** The same COPY as one step of a longer transaction that the caller owns. */
    static long copyInCurrentTransaction(Connection connection, String copySql, Encoding encoding) throws SQLException {
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            WireBuffer out = new WireBuffer(copyIn::writeToCopy);
            encoding.writeAll(out);
            out.flush();
            return copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }
}
