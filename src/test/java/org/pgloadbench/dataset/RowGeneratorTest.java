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
        assertEquals(
                RowChecksum.of(TableShape.USERS, rows),
                RowChecksum.of(TableShape.USERS, new RowGenerator(RowGenerator.DEFAULT_SEED).generate(ROWS)));
    }

    @Test
    void otherSeedGivesOtherRows() {
        assertNotEquals(
                RowChecksum.of(TableShape.USERS, rows),
                RowChecksum.of(TableShape.USERS, new RowGenerator(RowGenerator.DEFAULT_SEED + 1).generate(ROWS)));
    }

    @Test
    void idsAreUniqueAndAscending() {
        assertTrue(IntStream.range(0, ROWS).allMatch(row -> rows.longs(0).get(row) == row + 1));
    }

    /** A load into a table of 5,000 rows: the values of a load into an empty one, keys after the 5,000's. */
    @Test
    void aLoadIntoRowsAlreadyThereContinuesTheirKeys() throws java.sql.SQLException {
        RowGenerator narrow = new RowGenerator(TableShape.NARROW, RowGenerator.DEFAULT_SEED);
        Rows intoEmpty = narrow.generate(1_000);
        Rows afterExisting = narrow.generate(5_000, 1_000);
        for (int row = 0; row < 1_000; row++) {
            assertEquals(5_001 + row, afterExisting.longs(0).get(row));
            assertEquals(intoEmpty.longs(1).get(row), afterExisting.longs(1).get(row));
        }
        assertEquals(
                RowChecksum.of(TableShape.NARROW, afterExisting),
                RowChecksum.of(TableShape.NARROW, narrow.stream(5_000, 1_000), row -> true));
    }

    @Test
    void aboutOneEmailInThirtyIsNull() {
        long nulls = IntStream.range(0, ROWS)
                .filter(row -> rows.bytes(2).isNull(row))
                .count();
        assertTrue(nulls > ROWS / 40 && nulls < ROWS / 22, nulls + " NULL e-mails");
    }

    @Test
    void streamingGivesTheSameRowsAsGeneratingAllAtOnce() throws java.sql.SQLException {
        int rows = 150_001; // three chunks, the last one short
        RowGenerator generator = new RowGenerator(RowGenerator.DEFAULT_SEED);
        RowChecksum whole = RowChecksum.of(TableShape.USERS, generator.generate(rows));
        assertEquals(whole, RowChecksum.of(TableShape.USERS, generator.stream(rows), row -> true));
        assertEquals(rows, generator.stream(rows).forEachChunk(1_000, (chunk, firstRow) -> {
            assertEquals(firstRow + 1, chunk.longs(0).get(0), "chunks arrive in order");
            assertTrue(chunk.size() % 1_000 == 0 || firstRow + chunk.size() == rows, "whole statements per chunk");
            return chunk.size();
        }));
    }

    /**
     * The users rows are those every earlier version generated, so earlier result files and the CI
     * baseline stay comparable: the checksum of the first 200,000 rows, as the suite computed it
     * before tables had shapes.
     */
    @Test
    void usersRowsAreThoseOfEarlierVersions() {
        assertEquals(
                new RowChecksum(200_000, new java.math.BigInteger("115435027119586424449304")),
                RowChecksum.of(TableShape.USERS, new RowGenerator(RowGenerator.DEFAULT_SEED).generate(200_000)));
    }

    /** Every shape gives the same rows whether generated at once or streamed in chunks of any size. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"users", "narrow", "wide"})
    void everyShapeStreamsTheRowsItGenerates(String name) throws java.sql.SQLException {
        TableShape shape = TableShape.builtIn(name).orElseThrow();
        int rows = 70_001;
        RowGenerator generator = new RowGenerator(shape, RowGenerator.DEFAULT_SEED);
        RowChecksum whole = RowChecksum.of(shape, generator.generate(rows));
        RowSource streamed = generator.stream(rows);
        assertEquals(whole, RowChecksum.of(shape, streamed, row -> true));
        long[] checked = {0};
        streamed.forEachChunk(700, (chunk, firstRow) -> {
            checked[0] += chunk.size();
            return 0;
        });
        assertEquals(rows, checked[0]);
    }

    @Test
    void refusesAnEmptyLoad() {
        assertThrows(IllegalArgumentException.class, () -> new RowGenerator(1).generate(0));
    }
}
