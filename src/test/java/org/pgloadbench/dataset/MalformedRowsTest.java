package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MalformedRowsTest {
    @ParameterizedTest
    @CsvSource({"0, 1000, 0", "1, 1000, 10", "1, 2345, 23", "10, 2345, 234", "0.5, 1000, 5", "100, 77, 77"})
    void marksExactlyTheCountedRows(double percent, int rows, long expected) {
        MalformedRows malformed = new MalformedRows(percent);
        assertEquals(expected, malformed.count(rows));
        assertEquals(expected, IntStream.range(0, rows).filter(malformed::isMalformed).count());
    }

    @Test
    void spreadsOnePercentOneInAHundred() {
        MalformedRows malformed = new MalformedRows(1);
        assertEquals(java.util.List.of(99, 199, 299), IntStream.range(0, 300).filter(malformed::isMalformed).boxed().toList());
    }

    @Test
    void refusesPercentagesOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> new MalformedRows(-1));
        assertThrows(IllegalArgumentException.class, () -> new MalformedRows(101));
        assertThrows(IllegalArgumentException.class, () -> new MalformedRows(Double.NaN));
    }
}
