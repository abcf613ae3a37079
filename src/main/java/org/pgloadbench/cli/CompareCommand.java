package org.pgloadbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.Profile;
import org.pgloadbench.report.ChangeTest;
import org.pgloadbench.report.Comparison;
import org.pgloadbench.report.ComparisonReport;
import org.pgloadbench.report.ResultFile;
import org.pgloadbench.report.ResultFiles;
import org.pgloadbench.report.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Compares two result files and fails when something got slower or the samples are too few to tell. */
@Command(name = "compare", sortOptions = false,
        description = {"Compares two result files benchmark by benchmark, from every raw sample.",
            "Refuses files from different environments (CPU model, cores, PostgreSQL major version, fsync, synchronous_commit, target) unless told."},
        footer = {"", "Exit status: 0 nothing slower, 1 something slower, 2 bad input or too few samples to judge."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASELINE", description = "The result file to compare against.")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "The result file under test.")
    Path current;

    @Option(names = "--threshold", paramLabel = "PERCENT", description = "Smallest change of the median that counts. Default: ${DEFAULT-VALUE}.")
    double thresholdPercent = 10;

    @Option(names = "--alpha", paramLabel = "P", description = "Significance level of the one-sided Mann-Whitney U test. Default: ${DEFAULT-VALUE}.")
    double alpha = 0.01;

    @Option(names = "--format", paramLabel = "text|markdown|json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    ComparisonReport.Format format = ComparisonReport.Format.TEXT;

    @Option(names = "--allow-different-environment", description = "Compare even when the environments differ; the differences are printed first.")
    boolean allowDifferentEnvironment;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        if (!(thresholdPercent >= 0) || !(alpha > 0 && alpha < 1)) {
            throw new UserError("--threshold must be a percentage of 0 or more and --alpha between 0 and 1");
        }
        ResultFile before = ResultFiles.read(baseline);
        ResultFile after = ResultFiles.read(current);
        Comparison comparison = Comparison.of(baseline.toString(), before, current.toString(), after, thresholdPercent, alpha);
        if (comparison.benchmarks().stream().allMatch(row -> row.verdict() == Verdict.MISSING)) {
            throw new UserError("the two files share no benchmark (same strategy, rows and parameters), so there is "
                    + "nothing to compare");
        }
        if (!comparison.environmentDifferences().isEmpty()) {
            if (!allowDifferentEnvironment) {
                throw new UserError("the two runs come from different environments (" + String.join("; ",
                        comparison.environmentDifferences()) + "), so their numbers do not compare; pass "
                        + "--allow-different-environment to compare them anyway");
            }
            if (format == ComparisonReport.Format.TEXT) {
                System.out.println("The environments differ:");
                comparison.environmentDifferences().forEach(difference -> System.out.println("  " + difference));
                System.out.println();
            }
        }
        System.out.print(ComparisonReport.render(comparison, format));
        long tooFew = comparison.count(Verdict.TOO_FEW_SAMPLES);
        if (tooFew > 0) {
            // On stderr, so that --format json or markdown on stdout stays whole.
            System.err.println(tooFewSamples(tooFew));
        }
        if (comparison.count(Verdict.SLOWER) > 0) {
            return Main.BENCHMARK_FAILED;
        }
        // Like bad input, data too thin to judge is for the user to fix (by measuring more), never a pass.
        return tooFew > 0 ? Main.USAGE_ERROR : 0;
    }

    private String tooFewSamples(long benchmarks) {
        int needed = ChangeTest.samplesPerSideNeeded(alpha);
        int ciSamples = Profile.CI.forks() * Profile.CI.measurementIterations();
        String remedy = needed <= ciSamples ? "e.g. --profile ci (" + ciSamples + " a side)" : "with JMH's -f and -i after --";
        return "compare: " + (benchmarks == 1 ? "1 benchmark has" : benchmarks + " benchmarks have")
                + " too few samples to judge (at alpha " + alpha + " a side needs about " + needed + " samples); "
                + "measure more loads, " + remedy + ".";
    }
}
