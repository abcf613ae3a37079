package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart of the report: its model is built from the runs, then saved as PNG and SVG beside each
 * other, named {@code <base>_<name>}. The model alone is what the golden-file tests read.
 */
interface ChartRenderer extends Renderer {
    /** What the chart's files are called after the report's base name, e.g. {@code rows-per-second}. */
    String name();

    /** The chart of these runs; empty where it does not apply to them (one run, several, no such data). */
    Optional<? extends Chart<?, ?>> chart(ReportInput report);

    @Override
    default List<Path> render(ReportInput report, Path base) throws IOException {
        Optional<? extends Chart<?, ?>> chart = chart(report);
        return chart.isEmpty() ? List.of() : ChartFiles.save(chart.get(), Path.of(base + "_" + name()));
    }
}
