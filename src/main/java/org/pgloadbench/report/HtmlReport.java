package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.SkippedStrategy;

/**
 * One self-contained HTML page: environments, tables and charts (PNG embedded as data: URIs).
 * Its Content-Security-Policy forbids every fetch, so the page can be mailed, archived or opened
 * offline and never phones anywhere.
 */
final class HtmlReport implements Renderer {
    private static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    @Override
    public List<Path> render(ReportInput report, Path base) throws IOException {
        return List.of(Reporter.writeText(Path.of(base + ".html"), page(report)));
    }

    static String page(ReportInput report) throws IOException {
        List<NamedResult> runs = report.runs();
        List<String> caveats = report.caveats();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CSP)
                .append("\">\n")
                .append("<title>pgload-bench report</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em auto;max-width:1250px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}")
                .append(
                        ".caveat{background:#fff4e0;border-left:4px solid #e07b39;padding:.5em 1em}img{max-width:100%}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>pgload-bench: PostgreSQL load strategies</h1>\n");
        html.append("<p>")
                .append(runs.size() == 1 ? "One run." : runs.size() + " runs compared.")
                .append(" Rows/sec counts rows sent per load; errors are 99.9% confidence intervals.</p>\n");
        if (!caveats.isEmpty()) {
            html.append(
                    "<div class=\"caveat\" id=\"caveats\"><p><strong>These runs differ in ways that change the answer:</strong></p><ul>\n");
            caveats.forEach(caveat -> html.append("<li>").append(escape(caveat)).append("</li>\n"));
            html.append("</ul></div>\n");
        }
        environments(html, runs);
        for (int i = 0; i < runs.size(); i++) {
            summary(html, runs.get(i), i + 1);
        }
        if (runs.size() > 1) {
            html.append("<h2>Across runs: share of the best run's rows/sec</h2>\n")
                    .append(report.ratios().table().toHtml("ratios"));
        }
        html.append("<h2>Charts</h2>\n");
        for (Path png : report.chartPngs()) {
            html.append("<figure><img alt=\"")
                    .append(escape(png.getFileName().toString()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(png)))
                    .append("\"></figure>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void environments(StringBuilder html, List<NamedResult> runs) {
        html.append("<h2>Environment</h2>\n<table id=\"environment\">\n<tr><th></th>");
        for (int i = 0; i < runs.size(); i++) {
            html.append("<th>")
                    .append(i + 1)
                    .append(": ")
                    .append(escape(runs.get(i).title()))
                    .append("</th>");
        }
        html.append("</tr>\n");
        environmentRow(html, runs, "Machine", e -> e.machine().hostname());
        environmentRow(
                html,
                runs,
                "CPU",
                e -> e.machine().cpuModel() + ", " + e.machine().cores() + " cores");
        environmentRow(
                html,
                runs,
                "Memory",
                e -> e.machine().memoryBytes() == null
                        ? "?"
                        : String.format(Locale.ROOT, "%.1f GiB", e.machine().memoryBytes() / (double) (1L << 30)));
        environmentRow(
                html, runs, "cpuidle governor", e -> String.valueOf(e.machine().cpuidleGovernor()));
        environmentRow(html, runs, "OS", e -> e.os().name() + " " + e.os().version() + " " + e.os().arch());
        environmentRow(
                html, runs, "JDK", e -> e.jdk().version() + " (" + e.jdk().vendor() + ")");
        environmentRow(html, runs, "pgjdbc", Environment::pgjdbcVersion);
        environmentRow(
                html,
                runs,
                "PostgreSQL",
                e -> e.postgres().serverVersion() + " (" + e.postgres().target() + ")");
        if (runs.stream().anyMatch(run -> run.result().environment().postgres().cluster() != null)) {
            environmentRow(
                    html,
                    runs,
                    "Citus cluster",
                    e -> e.postgres().cluster() == null
                            ? "none"
                            : e.postgres().cluster().describe() + "; workers "
                                    + e.postgres().cluster().workersDescription());
        }
        for (String setting : List.of(
                "fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers", "max_wal_size")) {
            environmentRow(html, runs, setting, e -> e.postgres().settings().getOrDefault(setting, "?"));
        }
        html.append("</table>\n");
    }

    private static void environmentRow(
            StringBuilder html, List<NamedResult> runs, String name, Function<Environment, String> value) {
        html.append("<tr><th>").append(escape(name)).append("</th>");
        runs.forEach(run -> html.append("<td>")
                .append(escape(value.apply(run.result().environment())))
                .append("</td>"));
        html.append("</tr>\n");
    }

    private static void summary(StringBuilder html, NamedResult run, int number) {
        html.append("<h2>Run ")
                .append(number)
                .append(": ")
                .append(escape(run.shortLabel()))
                .append("</h2>\n");
        run.incompleteNote()
                .ifPresent(note -> html.append("<p class=\"caveat incomplete\">")
                        .append(escape(note))
                        .append("</p>\n"));
        html.append(RunTable.table(run.result().summary(), run.result().rowWidths())
                        .toHtml("summary", label -> sectionLink(label.split(" ")[0])))
                .append(
                        "<p>Each strategy links to its section of TUTORIAL.md: what it sends, what the server does, an experiment to try.</p>\n");
        SkippedStrategy.note(run.result().skipped())
                .ifPresent(note -> html.append("<p class=\"skipped\">")
                        .append(escape(note))
                        .append("</p>\n"));
        html.append("<h3>The write-ups' claims, checked by this run</h3>\n")
                .append(Claims.table(run.result().summary()).toHtml("claims"));
        Table disturbed = DisturbedLoads.table(run.result());
        if (!disturbed.rows().isEmpty()) {
            html.append("<h3>Loads that had company</h3>\n").append(disturbed.toHtml("disturbed"));
        }
        Table nodes = NodeCostsTable.table(run.result());
        if (!nodes.rows().isEmpty()) {
            html.append("<h3>Where the distributed loads spent their work, node by node</h3>\n")
                    .append(nodes.toHtml("nodes"));
        }
        if (run.result().psql() != null) {
            html.append("<h3>The same loads through psql</h3>\n")
                    .append(PsqlComparisonTable.table(
                                    run.result().summary(), run.result().psql())
                            .toHtml("psql"));
        }
    }

    /** Where a strategy links to: its section in the tutorial, from the charts directory. */
    private static String sectionLink(String strategy) {
        return "../TUTORIAL.md#" + strategy.toLowerCase(Locale.ROOT);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
