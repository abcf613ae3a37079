package org.pgloadbench.bench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Indexes;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.result.RowWidth;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.Strategy;

/** The widths MB/s divides by: the built-in tables are as wide as their Javadoc says. */
class RowWidthsTest {
    @Test
    void usersRowsAreAboutNinetyBytesNarrowOnesAboutTwelveAndWideOnesAboutOneAndAHalfKibibytes() throws SQLException {
        assertBetween(85, 100, RowWidths.measure(TableShape.USERS, Dataset.USERS, 20_000));
        assertBetween(8, 16, RowWidths.measure(TableShape.NARROW, Dataset.USERS, 20_000));
        assertBetween(1_300, 1_800, RowWidths.measure(TableShape.WIDE, Dataset.USERS, 20_000));
    }

    @Test
    void eachTableAndDatasetIsMeasuredOnceOnAtMostTheSampleOfItsLargestLoad() throws SQLException {
        Table users = Table.builtIn(TableShape.USERS, Indexes.PK);
        List<PlannedRun> plan = List.of(
                run(Strategy.BASELINE, users, 2_000),
                run(Strategy.COPY_BINARY, users, 500_000),
                run(Strategy.COPY_BINARY, Table.builtIn(TableShape.NARROW, Indexes.NONE), 3_000));

        List<RowWidth> widths = RowWidths.measure(plan);

        assertEquals(
                List.of("users", "narrow"), widths.stream().map(RowWidth::table).toList());
        assertEquals(
                List.of(RowWidths.SAMPLE_ROWS, 3_000),
                widths.stream().map(RowWidth::rowsMeasured).toList());
    }

    private static PlannedRun run(Strategy strategy, Table table, int rows) {
        return new PlannedRun(
                strategy, table, 0, Dataset.USERS, rows, List.of(1_000), 1, List.of(1), List.of(CopyFormat.BINARY));
    }

    private static void assertBetween(double low, double high, RowWidth width) {
        assertTrue(width.textBytesPerRow() > low && width.textBytesPerRow() < high, width.toString());
    }
}
