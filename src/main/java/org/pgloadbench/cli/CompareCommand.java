package org.pgloadbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgloadbench.UserError;
import org.pgloadbench.compare.Comparison;
import org.pgloadbench.report.ComparisonReport;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Compares two result files and fails when something got slower or the samples are too few to tell. */
@Command(
        name = "compare",
        sortOptions = false,
        description = {
            "Compares two result files benchmark by benchmark, from every raw sample.",
            "Refuses files from different environments (CPU model, cores, PostgreSQL major version, fsync, synchronous_commit, target) unless told."
        },
        footer = {"", "Exit status: 0 nothing slower, 1 something slower, 2 bad input or too few samples to judge."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASELINE", description = "The result file to compare against.")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "The result file under test.")
    Path current;

    @Mixin
    ComparisonOptions judging;

    @Option(
            names = "--allow-different-environment",
            description = "Compare even when the environments differ; the differences are printed first.")
    boolean allowDifferentEnvironment;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        judging.validate();
        ResultFile before = ResultFiles.read(baseline);
        ResultFile after = ResultFiles.read(current);
        Comparison comparison = Comparison.of(
                baseline.toString(), before, current.toString(), after, judging.thresholdPercent, judging.alpha);
        if (!comparison.environmentDifferences().isEmpty()) {
            if (!allowDifferentEnvironment) {
                throw new UserError("the two runs come from different environments ("
                        + String.join("; ", comparison.environmentDifferences())
                        + "), so their numbers do not compare; pass "
                        + "--allow-different-environment to compare them anyway");
            }
            if (judging.format == ComparisonReport.Format.TEXT) {
                System.out.println("The environments differ:");
                comparison.environmentDifferences().forEach(difference -> System.out.println("  " + difference));
                System.out.println();
            }
        }
        return judging.print(comparison);
    }
}
