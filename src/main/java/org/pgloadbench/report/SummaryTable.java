package org.pgloadbench.report;

import java.util.List;

/** The terminal table: {@link RunTable}'s cells in fixed-width columns, and what they mean. */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String render(List<SummaryRow> summary, List<RowWidth> widths) {
        List<List<String>> cells = RunTable.cells(summary, widths);
        int[] width = new int[RunTable.HEADERS.size()];
        for (int column = 0; column < width.length; column++) {
            width[column] = RunTable.HEADERS.get(column).length();
            for (List<String> row : cells) {
                width[column] = Math.max(width[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        line(table, RunTable.HEADERS, width);
        int total = (width.length - 1) * 2;
        for (int each : width) {
            total += each;
        }
        table.append("-".repeat(total)).append('\n');
        cells.forEach(row -> line(table, row, width));
        return table.append(RunTable.legend()).append('\n').toString();
    }

    private static void line(StringBuilder table, List<String> cells, int[] width) {
        for (int column = 0; column < width.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(width[column] - cell.length());
            table.append(column == 0 ? "" : "  ").append(column == 0 ? cell + padding : padding + cell);
        }
        table.setLength(table.length() - trailingSpaces(table));
        table.append('\n');
    }

    private static int trailingSpaces(StringBuilder text) {
        int count = 0;
        while (count < text.length() && text.charAt(text.length() - 1 - count) == ' ') {
            count++;
        }
        return count;
    }
}
