package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One output of a report, as JMH's {@code ResultFormat} is one format of its results: a chart
 * ({@link ChartRenderer}) or a page. {@link Reporter} runs every renderer over the same runs, in
 * order; each writes its files where it applies to those runs, and nothing where it does not.
 */
interface Renderer {
    /**
     * @param base the report's path without an ending: each renderer adds its own
     * @return the files written, none where the output does not apply to these runs
     */
    List<Path> render(ReportInput report, Path base) throws IOException;
}
