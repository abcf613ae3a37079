package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RowChecksumTest {
    @Test
    void ignoresRowOrder() {
        Rows forward = rows(new long[] {1, 2}, "a", "b");
        Rows backward = rows(new long[] {2, 1}, "b", "a");
        assertEquals(RowChecksum.of(TableShape.USERS, forward), RowChecksum.of(TableShape.USERS, backward));
    }

    @Test
    void tellsNullFromEmptyAndFromTheTextN() {
        assertNotEquals(
                RowChecksum.of(TableShape.USERS, rows(new long[] {1}, (String) null)),
                RowChecksum.of(TableShape.USERS, rows(new long[] {1}, "")));
        assertNotEquals(
                RowChecksum.of(TableShape.USERS, rows(new long[] {1}, (String) null)),
                RowChecksum.of(TableShape.USERS, rows(new long[] {1}, "N")));
    }

    @Test
    void seesTextMovedBetweenColumns() {
        Rows one = new Rows(LongColumn.of(1), column("ab"), column("c"), DoubleColumn.of(0), LongColumn.of(0));
        Rows other = new Rows(LongColumn.of(1), column("a"), column("bc"), DoubleColumn.of(0), LongColumn.of(0));
        assertNotEquals(RowChecksum.of(TableShape.USERS, one), RowChecksum.of(TableShape.USERS, other));
    }

    @Test
    void countsOnlyIncludedRows() {
        assertEquals(
                1,
                RowChecksum.of(TableShape.USERS, rows(new long[] {1, 2}, "a", "b"), row -> row == 0)
                        .count());
    }

    private static Rows rows(long[] ids, String... names) {
        BytesColumn.Builder nameColumn = new BytesColumn.Builder(ids.length, 4);
        BytesColumn.Builder emailColumn = new BytesColumn.Builder(ids.length, 4);
        for (String name : names) {
            nameColumn.add(name);
            emailColumn.add("x");
        }
        return new Rows(
                LongColumn.of(ids),
                nameColumn.build(),
                emailColumn.build(),
                DoubleColumn.of(new double[ids.length]),
                LongColumn.of(new long[ids.length]));
    }

    private static BytesColumn column(String value) {
        return new BytesColumn.Builder(1, 4).add(value).build();
    }
}
