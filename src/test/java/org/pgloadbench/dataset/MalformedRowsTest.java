package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedRowsTest {
    @ParameterizedTest
    @CsvSource({"0, 1000, 0", "1, 1000, 10", "1, 2345, 23", "10, 2345, 234", "0.5, 1000, 5", "100, 77, 77"})
    void marksExactlyTheCountedRows(double percent, int rows, long expected) {
        MalformedRows malformed = new MalformedRows(percent, TableShape.USERS);
        assertEquals(expected, malformed.count(rows));
        assertEquals(
                expected,
                IntStream.range(0, rows).filter(malformed::isMalformed).count());
    }

    @Test
    void spreadsOnePercentOneInAHundred() {
        MalformedRows malformed = new MalformedRows(1, TableShape.USERS);
        assertEquals(
                java.util.List.of(99, 199, 299),
                IntStream.range(0, 300).filter(malformed::isMalformed).boxed().toList());
    }

    @Test
    void refusesPercentagesOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> new MalformedRows(-1, TableShape.USERS));
        assertThrows(IllegalArgumentException.class, () -> new MalformedRows(101, TableShape.USERS));
        assertThrows(IllegalArgumentException.class, () -> new MalformedRows(Double.NaN, TableShape.USERS));
    }

    @Test
    void takesTheKindsTheUsersTableAlwaysHad() {
        assertEquals(
                java.util.List.of(
                        "bigint: not a number",
                        "bigint: out of range",
                        "double precision: not a number",
                        "timestamp with time zone: impossible time"),
                MalformedRows.kindsFor(TableShape.USERS).stream()
                        .map(MalformedRows.Malformation::kind)
                        .toList());
    }

    @Test
    void makesOneKindOrMorePerColumnOfTheWideTableThatCanFail() {
        java.util.Set<Integer> columns = MalformedRows.kindsFor(TableShape.WIDE).stream()
                .map(MalformedRows.Malformation::column)
                .collect(java.util.stream.Collectors.toSet());
        for (int index = 0; index < TableShape.WIDE.columns().size(); index++) {
            ColumnType type = TableShape.WIDE.column(index).type();
            assertEquals(
                    type != ColumnType.TEXT,
                    columns.contains(index),
                    TableShape.WIDE.column(index).name());
        }
    }

    @Test
    void doesNotApplyToATableOfTextOnly() {
        TableShape text = TableShape.ofCatalog(
                "notes", java.util.List.of(Column.of("body", ColumnType.TEXT)), java.util.List.of());
        assertFalse(new MalformedRows(1, text).applies());
    }
}
