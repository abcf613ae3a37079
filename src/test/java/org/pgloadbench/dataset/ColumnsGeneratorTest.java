package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnsGeneratorTest {
    private static final int ROWS = 20_000;

    private static BytesColumn generate(Column column) {
        return new ColumnsGenerator(List.of(column))
                .start(RowGenerator.DEFAULT_SEED)
                .next(0, ROWS)
                .bytes(0);
    }

    @Test
    void aVarcharNeverExceedsItsLengthInCharacters() {
        for (int length : new int[] {1, 7, 8, 9, 16, 40}) {
            BytesColumn values = generate(Column.varchar("v", length));
            for (int row = 0; row < ROWS; row++) {
                if (!values.isNull(row)) {
                    String value = values.get(row);
                    assertTrue(
                            value.codePointCount(0, value.length()) <= length,
                            "'" + value + "' in varchar(" + length + ")");
                }
            }
        }
    }

    @Test
    void textIsWordsAboutTheColumnsWidth() {
        BytesColumn values = generate(Column.of("body", ColumnType.TEXT).withWidth(1_000));
        double average = IntStream.range(0, ROWS)
                .filter(row -> !values.isNull(row))
                .map(values::byteLength)
                .average()
                .orElseThrow();
        assertTrue(average > 900 && average < 1_100, average + " bytes on average");
        String first = values.get(0);
        assertTrue(first.equals(first.strip()) && !first.contains("  ") && first.contains(" "), "'" + first + "'");
        assertTrue(
                IntStream.range(0, ROWS).mapToObj(values::get).distinct().count() > ROWS * 9 / 10,
                "values differ from row to row");
    }

    @Test
    void aUniqueTextColumnHasDistinctValues() {
        BytesColumn values = generate(Column.of("code", ColumnType.TEXT).key());
        Set<String> seen = new HashSet<>();
        IntStream.range(0, ROWS).forEach(row -> assertTrue(seen.add(values.get(row)), values.get(row)));
    }

    @Test
    void jsonDocumentsAreAlreadyInJsonbsCanonicalFormAndAboutTheColumnsWidth() {
        BytesColumn values = generate(Column.of("doc", ColumnType.JSONB).withWidth(300));
        long bytes = 0;
        int documents = 0;
        for (int row = 0; row < ROWS; row++) {
            if (!values.isNull(row)) {
                String json = values.get(row);
                assertEquals(JsonCanonical.of(json), json);
                bytes += json.getBytes(StandardCharsets.UTF_8).length;
                documents++;
            }
        }
        double average = bytes / (double) documents;
        assertTrue(average > 250 && average < 350, average + " bytes on average");
    }
}
