package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
    private static final TableShape EVENTS = TableShape.generated(
            "events", List.of(Column.of("id", ColumnType.UUID).key(), Column.of("n", ColumnType.INTEGER)));

    @Test
    void theNaturalOrderIsSequentialButForAUuidKey() {
        assertEquals(KeyOrder.SEQUENTIAL, TableShape.USERS.keyOrder());
        assertEquals(KeyOrder.UUIDV4, EVENTS.keyOrder());
        assertSame(TableShape.USERS, TableShape.USERS.withKeyOrder(KeyOrder.SEQUENTIAL));
    }

    @Test
    void thePermutationIsOneToOneAndKeepsKeysPositive() {
        Set<Long> seen = new HashSet<>();
        for (long value = 1; value < 1 << 15; value++) {
            long key = KeyOrder.permute(value, 15);
            assertTrue(key >= 1 && key < 1 << 15, value + " -> " + key);
            assertTrue(seen.add(key), "two values map to " + key);
        }
    }

    @Test
    void randomKeysAreTheSameRowsWithTheKeyScattered() {
        Rows sequential = new RowGenerator(TableShape.USERS, 7).generate(1_000, 10_000);
        Rows random = new RowGenerator(TableShape.USERS.withKeyOrder(KeyOrder.RANDOM), 7).generate(1_000, 10_000);
        Set<Long> keys = new HashSet<>();
        int ascending = 0;
        for (int row = 0; row < random.size(); row++) {
            long key = random.longs(0).get(row);
            assertTrue(key > 0 && keys.add(key), "key " + key);
            assertEquals(KeyOrder.permute(sequential.longs(0).get(row), 63), key);
            assertEquals(sequential.bytes(1).get(row), random.bytes(1).get(row));
            if (row > 0 && key > random.longs(0).get(row - 1)) {
                ascending++;
            }
        }
        assertTrue(ascending > 4_500 && ascending < 5_500, ascending + " of 9,999 neighbours ascend");
    }

    @Test
    void versionSevenUuidsRiseByTheMillisecondAndDoNotDependOnChunks() throws java.sql.SQLException {
        TableShape v7 = EVENTS.withKeyOrder(KeyOrder.UUIDV7);
        Rows whole = new RowGenerator(v7, 3).generate(500, 1_000);
        Rows existing = new RowGenerator(v7, 4).generate(0, 500);
        long previousMillisecond = 0;
        Set<UUID> keys = new HashSet<>();
        for (int row = 0; row < whole.size(); row++) {
            UUID uuid = uuid(whole.bytes(0), row);
            assertEquals(7, uuid.version());
            assertEquals(2, uuid.variant());
            long millisecond = uuid.getMostSignificantBits() >>> 16;
            assertTrue(millisecond >= previousMillisecond);
            previousMillisecond = millisecond;
            assertTrue(keys.add(uuid));
        }
        for (int row = 0; row < existing.size(); row++) {
            assertTrue(keys.add(uuid(existing.bytes(0), row)), "a loaded key meets an existing one");
        }
        assertEquals(
                RowChecksum.of(v7, whole), RowChecksum.of(v7, new RowGenerator(v7, 3).stream(500, 1_000), row -> true));
        assertNotEquals(
                RowChecksum.of(v7, whole), RowChecksum.of(EVENTS, new RowGenerator(EVENTS, 3).generate(500, 1_000)));
    }

    @Test
    void anOrderThatDoesNotFitTheKeyIsOneSentence() {
        assertEquals(
                "--key-order uuidv7 needs a uuid key, and the key id of table users is bigint",
                assertThrows(IllegalArgumentException.class, () -> TableShape.USERS.withKeyOrder(KeyOrder.UUIDV7))
                        .getMessage());
        assertEquals(
                "--key-order random needs an integer key, and the key id of table events is uuid",
                assertThrows(IllegalArgumentException.class, () -> EVENTS.withKeyOrder(KeyOrder.RANDOM))
                        .getMessage());
        TableShape keyless = TableShape.ofCatalog("log", List.of(Column.of("n", ColumnType.INTEGER)), List.of());
        assertEquals(
                "--key-order random needs a key of one column the suite sends, and table log has none",
                assertThrows(IllegalArgumentException.class, () -> keyless.withKeyOrder(KeyOrder.RANDOM))
                        .getMessage());
    }

    private static UUID uuid(BytesColumn column, int row) {
        ByteBuffer bytes = ByteBuffer.wrap(column.copyOf(row));
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
