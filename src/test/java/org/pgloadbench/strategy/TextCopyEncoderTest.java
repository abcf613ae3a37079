package org.pgloadbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pgloadbench.dataset.BytesColumn;
import org.pgloadbench.dataset.DoubleColumn;
import org.pgloadbench.dataset.LongColumn;
import org.pgloadbench.dataset.MalformedRows;
import org.pgloadbench.dataset.MalformedRows.Malformation;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.TableShape;

class TextCopyEncoderTest {
    private static final long MICROS_2021_03_04_05_06_07_000008 = 1_614_834_367_000_008L;

    @Test
    void writesTabSeparatedFieldsAndNewline() throws SQLException {
        assertEquals(
                "7\tAda Lovelace\tada@example.com\t12.5\t2021-03-04 05:06:07.000008+00\n",
                encode(row("Ada Lovelace", "ada@example.com")));
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturn() throws SQLException {
        assertEquals(
                "7\ta\\\\b\\tc\\nd\\re\t\\N\t12.5\t2021-03-04 05:06:07.000008+00\n",
                encode(row("a\\b\tc\nd\re", null)));
    }

    @Test
    void keepsTheLiteralTextBackslashNApartFromNull() throws SQLException {
        assertEquals("7\t\\\\N\t\\N\t12.5\t2021-03-04 05:06:07.000008+00\n", encode(row("\\N", null)));
    }

    @Test
    void passesMultiByteUtf8AndCsvPunctuationThrough() throws SQLException {
        assertEquals(
                "7\tZoë \"O'Connor\", 🐘\t\t12.5\t2021-03-04 05:06:07.000008+00\n",
                encode(row("Zoë \"O'Connor\", 🐘", "")));
    }

    @Test
    void csvQuotesOnlyWhatMustBeQuotedAndLeavesNullEmpty() throws SQLException {
        assertEquals(
                "id,name,email,score,created_at\n"
                        + "7,Zoë O'Connor 🐘,a\\b\tc,12.5,2021-03-04 05:06:07.000008+00\n"
                        + "7,\"say \"\"hi\"\", then\nbye\",,12.5,2021-03-04 05:06:07.000008+00\n"
                        + "7,\"\",\"\\.\",12.5,2021-03-04 05:06:07.000008+00\n",
                encodeCsv(row("Zoë O'Connor 🐘", "a\\b\tc"), row("say \"hi\", then\nbye", null), row("", "\\.")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | abc\tAda\ta@x\t12.5\t2021-03-04 05:06:07.000008+00",
                "1 | 99999999999999999999\tAda\ta@x\t12.5\t2021-03-04 05:06:07.000008+00",
                "2 | 7\tAda\ta@x\ttwelve\t2021-03-04 05:06:07.000008+00",
                "3 | 7\tAda\ta@x\t12.5\t2024-13-45 25:61:00+00"
            })
    void malformedRowReplacesExactlyOneField(int kind, String expected) throws SQLException {
        Malformation malformation = MalformedRows.kindsFor(TableShape.USERS).get(kind);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireBuffer out = new WireBuffer(bytes::write);
        new TextCopyEncoder(out, TableShape.USERS.columns()).writeMalformedRow(row("Ada", "a@x"), 0, malformation);
        out.flush();
        assertEquals(expected.replace("\\t", "\t") + "\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 9, 10, -1, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE})
    void writesLongsLikeLongToString(long value) {
        byte[] out = new byte[21];
        int end = TextCopyEncoder.writeLong(value, out, 0);
        assertEquals(Long.toString(value), new String(out, 0, end, StandardCharsets.US_ASCII));
    }

    @Test
    void tinyBufferGivesTheSameStreamAsALargeOne() throws SQLException {
        Rows rows = new RowGenerator(1).generate(500);
        assertEquals(encodeAll(rows, 64 * 1024), encodeAll(rows, 128));
    }

    private static String encodeAll(Rows rows, int capacity) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireBuffer out = new WireBuffer(bytes::write, capacity);
        new TextCopyEncoder(out, TableShape.USERS.columns()).writeAll(RowSource.of(rows));
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encodeCsv(Rows... rows) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireBuffer out = new WireBuffer(bytes::write);
        TextCopyEncoder encoder = TextCopyEncoder.csv(out, TableShape.USERS.columns());
        encoder.writeHeader(TableShape.USERS.columns());
        for (Rows row : rows) {
            encoder.writeRow(row, 0);
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Rows row(String name, String email) {
        return new Rows(
                LongColumn.of(7),
                new BytesColumn.Builder(1, 8).add(name).build(),
                new BytesColumn.Builder(1, 8).add(email).build(),
                DoubleColumn.of(12.5),
                LongColumn.of(MICROS_2021_03_04_05_06_07_000008));
    }

    private static String encode(Rows rows) throws SQLException {
        return encodeAll(rows, 64 * 1024);
    }
}
