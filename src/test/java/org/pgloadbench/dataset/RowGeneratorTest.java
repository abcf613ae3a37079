package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowGeneratorTest {
    private static final int ROWS = 20_000;
    private final Rows rows = new RowGenerator(RowGenerator.DEFAULT_SEED).generate(ROWS);

    @Test
    void sameSeedGivesSameRows() {
        assertEquals(RowChecksum.of(rows), RowChecksum.of(new RowGenerator(RowGenerator.DEFAULT_SEED).generate(ROWS)));
    }

    @Test
    void otherSeedGivesOtherRows() {
        assertNotEquals(RowChecksum.of(rows), RowChecksum.of(new RowGenerator(RowGenerator.DEFAULT_SEED + 1).generate(ROWS)));
    }

    @Test
    void idsAreUniqueAndAscending() {
        assertTrue(IntStream.range(0, ROWS).allMatch(row -> rows.id(row) == row + 1));
    }

    @Test
    void aboutOneEmailInThirtyIsNull() {
        long nulls = IntStream.range(0, ROWS).filter(row -> rows.emails().isNull(row)).count();
        assertTrue(nulls > ROWS / 40 && nulls < ROWS / 22, nulls + " NULL e-mails");
    }

    @Test
    void rowsAreAboutEightyBytesAsText() {
        long textBytes = IntStream.range(0, ROWS)
                .mapToLong(row -> rows.names().byteLength(row) + rows.emails().byteLength(row)).sum();
        double perRow = textBytes / (double) ROWS + 6 /* id */ + 6 /* score */ + 29 /* timestamp */ + 5 /* tabs, newline */;
        assertTrue(perRow > 70 && perRow < 95, perRow + " bytes per row");
    }

    @Test
    void streamingGivesTheSameRowsAsGeneratingAllAtOnce() throws java.sql.SQLException {
        int rows = 150_001; // three chunks, the last one short
        RowGenerator generator = new RowGenerator(RowGenerator.DEFAULT_SEED);
        RowChecksum whole = RowChecksum.of(generator.generate(rows));
        assertEquals(whole, RowChecksum.of(generator.stream(rows), row -> true));
        assertEquals(rows, generator.stream(rows).forEachChunk(1_000, (chunk, firstRow) -> {
            assertEquals(firstRow + 1, chunk.id(0), "chunks arrive in order");
            assertTrue(chunk.size() % 1_000 == 0 || firstRow + chunk.size() == rows, "whole statements per chunk");
            return chunk.size();
        }));
    }

    @Test
    void refusesAnEmptyLoad() {
        assertThrows(IllegalArgumentException.class, () -> new RowGenerator(1).generate(0));
    }
}
