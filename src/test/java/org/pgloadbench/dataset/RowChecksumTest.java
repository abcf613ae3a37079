package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RowChecksumTest {
    @Test
    void ignoresRowOrder() {
        Rows forward = rows(new long[] {1, 2}, "a", "b");
        Rows backward = rows(new long[] {2, 1}, "b", "a");
        assertEquals(RowChecksum.of(forward), RowChecksum.of(backward));
    }

    @Test
    void tellsNullFromEmptyAndFromTheTextN() {
        assertNotEquals(RowChecksum.of(rows(new long[] {1}, (String) null)), RowChecksum.of(rows(new long[] {1}, "")));
        assertNotEquals(RowChecksum.of(rows(new long[] {1}, (String) null)), RowChecksum.of(rows(new long[] {1}, "N")));
    }

    @Test
    void seesTextMovedBetweenColumns() {
        Rows one = new Rows(new long[] {1}, column("ab"), column("c"), new double[] {0}, new long[] {0});
        Rows other = new Rows(new long[] {1}, column("a"), column("bc"), new double[] {0}, new long[] {0});
        assertNotEquals(RowChecksum.of(one), RowChecksum.of(other));
    }

    @Test
    void countsOnlyIncludedRows() {
        assertEquals(1, RowChecksum.of(rows(new long[] {1, 2}, "a", "b"), row -> row == 0).count());
    }

    private static Rows rows(long[] ids, String... names) {
        TextColumn.Builder nameColumn = new TextColumn.Builder(ids.length, 4);
        TextColumn.Builder emailColumn = new TextColumn.Builder(ids.length, 4);
        for (String name : names) {
            nameColumn.add(name);
            emailColumn.add("x");
        }
        return new Rows(ids, nameColumn.build(), emailColumn.build(), new double[ids.length], new long[ids.length]);
    }

    private static TextColumn column(String value) {
        return new TextColumn.Builder(1, 4).add(value).build();
    }
}
