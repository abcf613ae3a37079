package org.pgloadbench.psql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.ValueText;
import org.pgloadbench.strategy.BinaryCopyEncoder;
import org.pgloadbench.strategy.TextCopyEncoder;
import org.pgloadbench.strategy.WireBuffer;

/**
 * Writes what psql gets to load the same rows: the COPY text and binary streams, produced by the
 * very encoders the Java strategies use (so the bytes are identical), and SQL scripts of the same
 * multi-row statements with the values as literals, since psql has no parameters to bind.
 */
final class PsqlInputs {
    private PsqlInputs() {}

    static void writeTextCopy(Table table, Rows rows, Path file) throws IOException {
        writeStream(file, buffer -> new TextCopyEncoder(buffer, table.columns()).writeAll(RowSource.of(rows)));
    }

    static void writeBinaryCopy(Table table, Rows rows, Path file) throws IOException {
        writeStream(file, buffer -> new BinaryCopyEncoder(buffer, table.columns()).writeAll(RowSource.of(rows)));
    }

    @FunctionalInterface
    private interface Encoding {
        void writeAll(WireBuffer buffer) throws SQLException;
    }

    private static void writeStream(Path file, Encoding encoding) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            WireBuffer buffer = new WireBuffer((bytes, offset, length) -> write(out, bytes, offset, length));
            encoding.writeAll(buffer);
            buffer.flush();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** {@code INSERT ... VALUES (...), (...)} statements of {@code rowsPerStatement} rows, in one transaction. */
    static void writeValuesScript(Rows rows, Table table, int rowsPerStatement, Path file) throws IOException {
        List<Column> columns = table.columns();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("BEGIN;\n");
            for (int first = 0; first < rows.size(); first += rowsPerStatement) {
                int end = Math.min(rows.size(), first + rowsPerStatement);
                out.write(table.insertIntoSql());
                out.write("VALUES\n");
                for (int row = first; row < end; row++) {
                    out.write(row == first ? "(" : ",\n(");
                    for (int column = 0; column < columns.size(); column++) {
                        out.write(column == 0 ? "" : ", ");
                        out.write(SqlLiterals.of(columns.get(column), rows.column(column), row));
                    }
                    out.write(")");
                }
                out.write(";\n");
            }
            out.write("COMMIT;\n");
        }
    }

    /** {@code INSERT ... SELECT * FROM unnest('{...}'::bigint[], ...)} statements, in one transaction. */
    static void writeUnnestScript(Rows rows, Table table, int rowsPerStatement, Path file) throws IOException {
        List<Column> columns = table.columns();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("BEGIN;\n");
            for (int first = 0; first < rows.size(); first += rowsPerStatement) {
                int end = Math.min(rows.size(), first + rowsPerStatement);
                List<String> arrays = new ArrayList<>();
                for (int column = 0; column < columns.size(); column++) {
                    ArrayLiteral array = new ArrayLiteral();
                    for (int row = first; row < end; row++) {
                        array.addQuoted(ValueText.input(columns.get(column), rows.column(column), row));
                    }
                    arrays.add(array.sql(columns.get(column).type().sqlName()));
                }
                out.write(table.insertIntoSql());
                out.write("SELECT * FROM unnest(" + String.join(", ", arrays) + ");\n");
            }
            out.write("COMMIT;\n");
        }
    }

    private static void write(OutputStream out, byte[] bytes, int offset, int length) throws SQLException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw new SQLException("cannot write psql's input file: " + e.getMessage(), e);
        }
    }
}
