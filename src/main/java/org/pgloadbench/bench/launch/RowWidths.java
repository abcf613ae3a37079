package org.pgloadbench.bench.launch;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.result.RowWidth;
import org.pgloadbench.strategy.TextCopyEncoder;
import org.pgloadbench.strategy.WireBuffer;

/**
 * Measures how wide each planned table's rows are in COPY's text form, before the runs and
 * untimed: the same rows the loads carry (same dataset, same seed), encoded and counted, never
 * sent. The first {@value #SAMPLE_ROWS} rows say it to well under a percent; rows are generated
 * independently of one another, so the rest are no different.
 */
public final class RowWidths {
    static final int SAMPLE_ROWS = 100_000;

    private RowWidths() {}

    public static List<RowWidth> measure(List<PlannedRun> plan) throws SQLException {
        Map<String, PlannedRun> widest = new LinkedHashMap<>();
        for (PlannedRun run : plan) {
            widest.merge(run.table().shape().name() + " " + run.dataset(), run, (a, b) -> a.rows() >= b.rows() ? a : b);
        }
        List<RowWidth> widths = new ArrayList<>();
        for (PlannedRun run : widest.values()) {
            widths.add(measure(run.table().shape(), run.dataset(), Math.min(run.rows(), SAMPLE_ROWS)));
        }
        return widths;
    }

    static RowWidth measure(TableShape shape, Dataset dataset, int rows) throws SQLException {
        long[] bytes = {0};
        WireBuffer counter = new WireBuffer((buffer, offset, length) -> bytes[0] += length);
        new TextCopyEncoder(counter, shape.columns())
                .writeAll(dataset.source(shape, rows, RowGenerator.DEFAULT_SEED, false));
        counter.flush();
        return new RowWidth(shape.name(), dataset.name(), bytes[0] / (double) rows, rows);
    }
}
