package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.SkippedStrategy;

/** The report's tables in Markdown, for pasting into issues and docs. */
final class MarkdownReport implements Renderer {
    @Override
    public List<Path> render(ReportInput report, Path base) throws IOException {
        return List.of(Reporter.writeText(Path.of(base + ".md"), page(report)));
    }

    static String page(ReportInput report) {
        List<NamedResult> runs = report.runs();
        List<String> caveats = report.caveats();
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            NamedResult run = runs.get(i);
            Environment environment = run.result().environment();
            md.append("### Run ")
                    .append(i + 1)
                    .append(": ")
                    .append(run.shortLabel())
                    .append("\n\n");
            run.incompleteNote().ifPresent(note -> md.append("**").append(note).append(".**\n\n"));
            md.append(environment.machine().cpuModel())
                    .append(", ")
                    .append(environment.machine().cores())
                    .append(" cores; ")
                    .append("fsync=")
                    .append(environment.postgres().settings().get("fsync"))
                    .append(", synchronous_commit=")
                    .append(environment.postgres().settings().get("synchronous_commit"))
                    .append(
                            environment.postgres().cluster() == null
                                    ? ""
                                    : "; " + environment.postgres().cluster().describe())
                    .append("\n\n")
                    .append(RunTable.table(run.result().summary(), run.result().rowWidths())
                            .toMarkdown());
            SkippedStrategy.note(run.result().skipped())
                    .ifPresent(note -> md.append('\n').append(note).append('\n'));
            md.append("\n#### The write-ups' claims, checked by this run\n\n")
                    .append(Claims.table(run.result().summary()).toMarkdown());
            Table disturbed = DisturbedLoads.table(run.result());
            if (!disturbed.rows().isEmpty()) {
                md.append("\n#### Loads that had company\n\n").append(disturbed.toMarkdown());
            }
            Table nodes = NodeCostsTable.table(run.result());
            if (!nodes.rows().isEmpty()) {
                md.append("\n#### Where the distributed loads spent their work, node by node\n\n")
                        .append(nodes.toMarkdown());
            }
            md.append('\n');
        }
        if (runs.size() > 1) {
            if (!caveats.isEmpty()) {
                md.append("**These runs differ in ways that change the answer:** ")
                        .append(String.join("; ", caveats))
                        .append("\n\n");
            }
            md.append("### Share of the best run's rows/sec\n\n")
                    .append(report.ratios().table().toMarkdown());
        }
        return md.toString();
    }
}
