package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pgloadbench.UserError;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.server.Durability;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.sustain.SustainedResult;
import org.pgloadbench.sustain.SustainedResults;

/**
 * The figures of the checkout's documents (TUTORIAL.md, README.md, docs/), generated from the committed
 * result files each one names on a line {@code <!-- figures from FILE... -->}, so no prose carries
 * a number typed by hand and none can drift from its run. The first file gives every strategy it
 * measured; a later one (another sitting on the same machine) only the strategies no earlier file
 * has. A document marks each generated part {@code <!-- generated: KIND -->} ...
 * {@code <!-- end generated -->}; everything outside the marks is prose and stays as written.
 * Kinds: {@code environment}, {@code summary}, {@code chart} (the tutorial's), {@code claims}, {@code psql},
 * {@code strategy NAME} and {@code profiles} (each named file's profile, as it ran and how long it took);
 * from a sustained run's file ({@code results/sustain/}), {@code sustained} and {@code timeline DIR}.
 * A document may name files more than once: each line governs the parts up to the next.
 */
public final class GeneratedDocs {
    /** Every mark begins a line, so a document may quote one in its prose (inside backticks) unharmed. */
    private static final Pattern SOURCE = Pattern.compile("(?m)^<!-- figures from ([^>]+?) -->");

    private static final String START = "<!-- generated:";
    private static final String END = "<!-- end generated -->";
    private static final Pattern START_MARK = Pattern.compile("(?m)^" + Pattern.quote(START));
    private static final Pattern END_MARK = Pattern.compile("(?m)^" + Pattern.quote(END));
    /** A start mark, then anything but another start mark, then the end mark: an unclosed part never swallows the next. */
    private static final Pattern BLOCK = Pattern.compile(
            "^(<!-- generated: ([^>]+?) -->\\r?\\n)((?:(?!^<!-- generated:).)*?)^(<!-- end generated -->)",
            Pattern.DOTALL | Pattern.MULTILINE);
    /** The tutorial's chart, under the charts directory: committed beside the reports. */
    static final String CHART = "tutorial_rows-per-second";
    /** Where sustained runs' files are: a part from one of them is of kind {@code sustained} or {@code timeline}. */
    private static final String SUSTAINED_RESULTS = "results/sustain/";

    private GeneratedDocs() {}

    /** Whether a document has generated parts at all: only those are regenerated and checked. */
    public static boolean hasGeneratedParts(String document) {
        return START_MARK.matcher(document).find();
    }

    /**
     * The document with every generated part made afresh from its result files (relative to
     * {@code root}, the checkout); with {@code drawChart}, a {@code chart} part's chart is drawn
     * into root/charts too, where its image link expects it.
     *
     * @throws UserError, in one sentence, for a document whose parts or result files are not in order
     */
    public static String regenerate(String document, Path root, boolean drawChart) throws IOException {
        long starts = START_MARK.matcher(document).results().count();
        long ends = END_MARK.matcher(document).results().count();
        if (starts == 0 || starts != ends) {
            throw new UserError("its generated parts are not well marked: " + starts + " start marks (" + START
                    + " KIND -->) and " + ends + " end marks (" + END + ")");
        }
        List<MatchResult> sources = SOURCE.matcher(document).results().toList();
        if (sources.isEmpty()) {
            throw new UserError("it names no result file (a line <!-- figures from results/FILE.json -->)");
        }
        String before = document.substring(0, sources.get(0).start());
        if (START_MARK.matcher(before).find()) {
            throw new UserError("it has a generated part before the first line naming its result files");
        }
        StringBuilder out = new StringBuilder(before);
        for (int i = 0; i < sources.size(); i++) {
            int end = i + 1 < sources.size() ? sources.get(i + 1).start() : document.length();
            List<String> files = List.of(sources.get(i).group(1).trim().split("\\s+"));
            out.append(section(document.substring(sources.get(i).start(), end), files, root, drawChart));
        }
        return out.toString();
    }

    /** A part of the document from one {@code figures from} line to the next: its generated parts made from those files. */
    private static String section(String text, List<String> files, Path root, boolean drawChart) throws IOException {
        boolean sustained = files.stream().allMatch(file -> file.startsWith(SUSTAINED_RESULTS));
        if (sustained && files.size() != 1) {
            throw new UserError("a part from a sustained run names one file, not " + files.size());
        }
        List<ResultFile> results = sustained
                ? List.of()
                : files.stream()
                        .map(file -> ResultFiles.read(root.resolve(file)))
                        .toList();
        ResultFile result = sustained ? null : merged(results);
        if (drawChart && !sustained && text.contains(START + " chart -->")) {
            ChartFiles.save(
                    RowsPerSecondChart.chart(result), root.resolve("charts").resolve(CHART));
        }
        Matcher block = BLOCK.matcher(text);
        StringBuilder out = new StringBuilder();
        long matched = 0;
        while (block.find()) {
            matched++;
            String kind = block.group(2).trim();
            String generated = sustained
                    ? sustained(kind, files.get(0), root, drawChart)
                    : switch (kind) {
                        case "environment" -> environment(files, results);
                        case "profiles" -> ProfileTable.of(files, results).toMarkdown();
                        default -> generate(kind, result);
                    };
            block.appendReplacement(out, Matcher.quoteReplacement(block.group(1) + generated + block.group(4)));
        }
        block.appendTail(out);
        if (matched != START_MARK.matcher(text).results().count()) {
            throw new UserError(
                    "its generated parts are not well marked: a start mark without its end mark before the next part");
        }
        return out.toString();
    }

    /**
     * A sustained run's parts: {@code sustained}, its table of burst against sustained rates, and
     * {@code timeline DIR}, its chart, drawn into the charts directory under the file's own name and
     * linked as {@code DIR} (the charts directory as the document sees it: {@code charts} or {@code ../charts}).
     */
    private static String sustained(String kind, String file, Path root, boolean drawChart) throws IOException {
        SustainedResult result = SustainedResults.read(root.resolve(file));
        if (kind.equals("sustained")) {
            return SustainedReport.table(result).toMarkdown();
        }
        String stem = Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
        if (kind.startsWith("timeline ")) {
            if (drawChart) {
                SustainedReport.render(result, root.resolve("charts"), stem);
            }
            return "![rows/sec as the table grows]("
                    + kind.substring("timeline ".length()).trim() + "/" + stem + "_timeline.png)\n";
        }
        throw new UserError("it has a sustained run's part of unknown kind '" + kind + "'");
    }

    private static String generate(String kind, ResultFile result) {
        List<SummaryRow> summary = result.summary();
        if (kind.startsWith("strategy ")) {
            return strategy(kind.substring("strategy ".length()).trim(), result);
        }
        return switch (kind) {
            case "summary" -> RunTable.table(summary, result.rowWidths()).toMarkdown();
            case "chart" -> "![rows/sec of every strategy](charts/" + CHART + ".png)\n";
            case "claims" -> Claims.table(summary).toMarkdown();
            case "psql" -> {
                if (result.psql() == null) {
                    throw new UserError(
                            "it asks for psql's comparison, and its run did not time psql (--compare-psql)");
                }
                yield PsqlComparisonTable.table(summary, result.psql()).toMarkdown();
            }
            default -> throw new UserError("it has a generated part of unknown kind '" + kind + "'");
        };
    }

    /** The first file's summary, then each later file's rows of strategies no earlier file measured. */
    private static ResultFile merged(List<ResultFile> results) {
        ResultFile first = results.get(0);
        List<SummaryRow> summary = new ArrayList<>(first.summary());
        for (ResultFile later : results.subList(1, results.size())) {
            Set<String> known = summary.stream().map(SummaryRow::strategy).collect(Collectors.toSet());
            later.summary().stream()
                    .filter(row -> !known.contains(row.strategy()))
                    .forEach(summary::add);
        }
        return new ResultFile(
                first.schemaVersion(),
                first.createdAt(),
                first.profile(),
                first.environment(),
                first.jmh(),
                List.copyOf(summary),
                first.psql(),
                first.rowWidths(),
                first.loadCosts(),
                first.skipped(),
                first.label(),
                first.durationSeconds(),
                first.tables(),
                first.incomplete());
    }

    private static String environment(List<String> files, List<ResultFile> results) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            ResultFile result = results.get(i);
            Environment environment = result.environment();
            Environment.Postgres postgres = environment.postgres();
            String warning = Durability.warning(postgres.leastDurableSettings());
            text.append(String.format(
                    Locale.ROOT,
                    "%s %s-profile run on %s (%s, %d cores), PostgreSQL %s (%s, fsync=%s, "
                            + "synchronous_commit=%s%s), JDK %s, pgjdbc %s, on %s (`%s`).\n",
                    i == 0 ? "Every figure below comes from one" : "Strategies it did not measure come from a later",
                    result.profile(),
                    environment.machine().hostname(),
                    environment.machine().cpuModel(),
                    environment.machine().cores(),
                    postgres.serverVersion(),
                    postgres.target(),
                    postgres.settings().get("fsync"),
                    postgres.settings().get("synchronous_commit"),
                    warning.isEmpty() ? "" : "; " + warning,
                    environment.jdk().version(),
                    environment.pgjdbcVersion(),
                    result.createdAt().substring(0, 10),
                    files.get(i)));
        }
        return text.toString();
    }

    /** The strategy's figures in a sentence per benchmark, or a note that the run did not measure it. */
    private static String strategy(String name, ResultFile result) {
        if (Strategy.named(name).isEmpty()) {
            throw new UserError("it has a generated part for strategy '" + name + "', which this suite does not have");
        }
        RunFigures figures = new RunFigures(result.summary(), result.rowWidths());
        StringBuilder text = new StringBuilder();
        for (SummaryRow row : result.summary()) {
            if (!row.strategy().equals(name)) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "Measured: **%,.0f rows/s**", row.rowsPerSecond()));
            if (row.rowsPerSecondError() != null) {
                text.append(
                        String.format(Locale.ROOT, " ± %.1f%%", 100 * row.rowsPerSecondError() / row.rowsPerSecond()));
            }
            text.append(String.format(Locale.ROOT, " for %s at %,d rows per load", BenchmarkLabel.of(row), row.rows()));
            figures.speedup(row)
                    .ifPresent(speedup ->
                            text.append(String.format(Locale.ROOT, ", %.1f× single-row autocommit", speedup)));
            if (row.serverCpuMicrosPerRow() != null && row.walBytesPerRow() != null) {
                text.append(String.format(
                        Locale.ROOT,
                        "; per row the server spent %.2f µs of CPU and wrote %,.0f bytes of WAL, the client %.2f µs",
                        row.serverCpuMicrosPerRow(),
                        row.walBytesPerRow(),
                        row.clientCpuMicrosPerRow()));
            }
            text.append(".\n");
        }
        return text.length() == 0 ? "Not measured in the runs this document names.\n" : text.toString();
    }
}
