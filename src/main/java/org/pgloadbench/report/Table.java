package org.pgloadbench.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A report table as text cells, laid out for the terminal, Markdown or HTML by one renderer each,
 * so every table of the suite (the run's summary, its disturbed loads, the write-ups' claims) looks
 * the same wherever it appears. Columns whose cells are all figures are right-aligned.
 *
 * @param legend what the columns mean, printed under the table; may be empty
 * @param total a last row that sums the others up (a geometric mean), set apart in bold; empty for none
 */
record Table(List<String> headers, List<List<String>> rows, String legend, List<String> total) {
    private static final Pattern FIGURE = Pattern.compile("[-+−]?[\\d,.]+(%| ms| s)?|n/a|–|×?[\\d,.]+×?");

    Table(List<String> headers, List<List<String>> rows, String legend) {
        this(headers, rows, legend, List.of());
    }

    /** Fixed-width columns under a rule of dashes, then the legend. */
    String toText() {
        int[] width = new int[headers.size()];
        for (int column = 0; column < width.length; column++) {
            width[column] = headers.get(column).length();
            for (List<String> row : rows) {
                width[column] = Math.max(width[column], row.get(column).length());
            }
            if (!total.isEmpty()) {
                width[column] = Math.max(width[column], total.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        textLine(text, headers, width);
        text.append("-".repeat(2 * (width.length - 1) + Arrays.stream(width).sum()))
                .append('\n');
        rows.forEach(row -> textLine(text, row, width));
        if (!total.isEmpty()) {
            textLine(text, total, width);
        }
        return legend.isEmpty()
                ? text.toString()
                : text.append(legend).append('\n').toString();
    }

    String toMarkdown() {
        StringBuilder md =
                new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (int column = 0; column < headers.size(); column++) {
            md.append(rightAligned(column) ? "---:|" : "---|");
        }
        md.append('\n');
        rows.forEach(row -> md.append("| ")
                .append(String.join(
                        " | ",
                        row.stream().map(cell -> cell.replace("|", "\\|")).toList()))
                .append(" |\n"));
        if (!total.isEmpty()) {
            md.append("| ")
                    .append(String.join(
                            " | ",
                            total.stream()
                                    .map(cell -> "**" + cell.replace("|", "\\|") + "**")
                                    .toList()))
                    .append(" |\n");
        }
        return legend.isEmpty()
                ? md.toString()
                : md.append('\n').append(legend).append('\n').toString();
    }

    /** @param cssClass the table's class attribute, by which tests and styles find it */
    String toHtml(String cssClass) {
        return toHtml(cssClass, null);
    }

    /** @param firstColumnLink where each row's label links to, from the label; null for no links */
    String toHtml(String cssClass, Function<String, String> firstColumnLink) {
        StringBuilder html =
                new StringBuilder("<table class=\"").append(cssClass).append("\">\n<tr>");
        headers.forEach(
                header -> html.append("<th>").append(HtmlReport.escape(header)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int column = 0; column < row.size(); column++) {
                String cell = HtmlReport.escape(row.get(column));
                if (column == 0 && firstColumnLink != null) {
                    cell = "<a href=\"" + HtmlReport.escape(firstColumnLink.apply(row.get(0))) + "\">" + cell + "</a>";
                }
                html.append(rightAligned(column) ? "<td class=\"n\">" : "<td>")
                        .append(cell)
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        if (!total.isEmpty()) {
            html.append("<tr><th>").append(HtmlReport.escape(total.get(0))).append("</th>");
            for (int column = 1; column < total.size(); column++) {
                html.append(rightAligned(column) ? "<td class=\"n\">" : "<td>")
                        .append("<strong>")
                        .append(HtmlReport.escape(total.get(column)))
                        .append("</strong></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return legend.isEmpty()
                ? html.toString()
                : html.append("<p>")
                        .append(HtmlReport.escape(legend))
                        .append("</p>\n")
                        .toString();
    }

    private boolean rightAligned(int column) {
        return column > 0
                && rows.stream().allMatch(row -> FIGURE.matcher(row.get(column)).matches());
    }

    private void textLine(StringBuilder text, List<String> cells, int[] width) {
        int start = text.length();
        for (int column = 0; column < width.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(width[column] - cell.length());
            text.append(column == 0 ? "" : "  ").append(rightAligned(column) ? padding + cell : cell + padding);
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        text.append('\n');
    }
}
