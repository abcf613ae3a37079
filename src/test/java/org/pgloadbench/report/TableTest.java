package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private final Table table = new Table(
            List.of("Benchmark", "Rows/sec", "What"),
            List.of(List.of("first load", "412,345", "GC 12 ms"), List.of("second load kind", "n/a", "a checkpoint")),
            "Legend.");

    @Test
    void textRightAlignsTheColumnsOfFiguresOnly() {
        assertEquals(
                String.join(
                        "\n",
                        "Benchmark         Rows/sec  What",
                        "----------------------------------------",
                        "first load         412,345  GC 12 ms",
                        "second load kind       n/a  a checkpoint",
                        "Legend.",
                        ""),
                table.toText());
    }

    @Test
    void markdownMarksTheFigureColumnsRightAligned() {
        assertEquals(
                String.join(
                        "\n",
                        "| Benchmark | Rows/sec | What |",
                        "|---|---:|---|",
                        "| first load | 412,345 | GC 12 ms |",
                        "| second load kind | n/a | a checkpoint |",
                        "",
                        "Legend.",
                        ""),
                table.toMarkdown());
    }

    @Test
    void htmlEscapesAndClassesTheFigures() {
        Table escaped = new Table(List.of("A<b>", "N"), List.of(List.of("x & y", "1.5%")), "");
        assertEquals(
                "<table class=\"t\">\n<tr><th>A&lt;b&gt;</th><th>N</th></tr>\n<tr><td>x &amp; y</td><td class=\"n\">1.5%</td></tr>\n</table>\n",
                escaped.toHtml("t"));
    }
}
