package org.pgloadbench.report;

import java.util.List;
import org.pgloadbench.result.RowWidth;
import org.pgloadbench.result.SummaryRow;

/** The run's summary table on the terminal: {@link RunTable}'s cells in fixed-width columns, and what they mean. */
public final class SummaryTable {
    private SummaryTable() {}

    public static String render(List<SummaryRow> summary, List<RowWidth> widths) {
        return RunTable.table(summary, widths).toText();
    }
}
