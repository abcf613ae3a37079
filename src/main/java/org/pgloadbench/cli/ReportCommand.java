package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pgloadbench.UserError;
import org.pgloadbench.report.Reporter;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Renders charts, an HTML page and a Markdown table from result files, without a database. */
@Command(
        name = "report",
        sortOptions = false,
        description = {
            "Renders charts (PNG and SVG), an HTML page and a Markdown table from result files into the charts directory.",
            "One file: rows/sec, speed-up over autocommit and, if swept, rows/sec against rows per statement.",
            "Several files: the same benchmarks across runs, and each run's share of the best (geometric mean per run)."
        },
        footer = {"", "Exit status: 0 rendered, 2 bad input (nothing previously rendered is touched)."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RunCommand parent;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "0..*",
            description =
                    "Result files, or directories of them. Default: the newest result file in the results directory.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws IOException {
        Outputs.check("--charts-dir", parent.chartsDir);
        List<Path> files = inputs.isEmpty() ? List.of(newest(parent.resultsDir)) : expand(inputs);
        Set<Path> distinct = new HashSet<>();
        for (Path file : files) {
            if (!distinct.add(file.toAbsolutePath().normalize())) {
                throw new UserError("the result file " + file + " is named twice; a report compares different runs");
            }
        }
        for (Path file : files) {
            NamedResult.read(file).incompleteNote().ifPresent(note -> System.out.println("Note: " + note + "."));
        }
        for (Path written : Reporter.render(files, parent.chartsDir)) {
            System.out.println("Wrote " + written);
        }
        return 0;
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> inDirectory = jsonFiles(input).sorted().toList();
                if (inDirectory.isEmpty()) {
                    throw new UserError(input + ": a directory without result files");
                }
                files.addAll(inDirectory);
            } else if (ResultFiles.resultOf(input).filter(inputs::contains).isEmpty()) {
                // JMH's array beside a result file also named (a glob such as results/*.json) is left out.
                files.add(input);
            }
        }
        return files;
    }

    private static Path newest(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new UserError(directory + ": no results directory; run the benchmarks first or name result files");
        }
        return jsonFiles(directory)
                .max(Comparator.comparing(ReportCommand::modified))
                .orElseThrow(() -> new UserError(directory + ": no result files yet; run ./run-bench.sh first"));
    }

    private static Stream<Path> jsonFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(ResultFiles::isResultFile).toList().stream();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }
}
