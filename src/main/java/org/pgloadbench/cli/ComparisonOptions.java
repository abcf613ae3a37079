package org.pgloadbench.cli;

import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.Profile;
import org.pgloadbench.compare.ChangeDetector;
import org.pgloadbench.compare.Comparison;
import org.pgloadbench.compare.Verdict;
import org.pgloadbench.report.ComparisonReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How two runs are judged and the verdict printed; the exit status follows from the verdict. */
final class ComparisonOptions {
    /** The command these options are part of (compare or ab), which names itself in the too-few-samples note. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--threshold",
            paramLabel = "PERCENT",
            description = "Smallest change of the median that counts. Default: ${DEFAULT-VALUE}.")
    double thresholdPercent = 10;

    @Option(
            names = "--alpha",
            paramLabel = "P",
            description = "Significance level of the one-sided Mann-Whitney U test. Default: ${DEFAULT-VALUE}.")
    double alpha = 0.01;

    @Option(
            names = "--format",
            paramLabel = "text|markdown|json",
            description = "Output format of the verdict table. Default: ${DEFAULT-VALUE}.")
    ComparisonReport.Format format = ComparisonReport.Format.TEXT;

    void validate() {
        if (!(thresholdPercent >= 0) || !(alpha > 0 && alpha < 1)) {
            throw new UserError("--threshold must be a percentage of 0 or more and --alpha between 0 and 1");
        }
    }

    /**
     * Prints the verdict table and returns the exit status (refusing two runs with no benchmark in common): 0 nothing slower, 1 something slower, 2
     * too few samples to judge (like bad input, data too thin is for the user to fix, never a pass).
     */
    int print(Comparison comparison) {
        if (comparison.benchmarks().stream().allMatch(row -> row.verdict() == Verdict.MISSING)) {
            throw new UserError(
                    "the two runs share no benchmark (same strategy, rows and parameters), so there is nothing to "
                            + "compare");
        }
        if (comparison.benchmarks().stream()
                .allMatch(row -> row.verdict() == Verdict.MISSING || row.verdict() == Verdict.NOT_COMPARABLE)) {
            throw new UserError(comparison.notes().stream()
                    .filter(note -> note.startsWith("table "))
                    .findFirst()
                    .orElse("the two runs share no benchmark of the same table, so there is nothing to compare"));
        }
        System.out.print(ComparisonReport.render(comparison, format));
        long tooFew = comparison.count(Verdict.TOO_FEW_SAMPLES);
        if (tooFew > 0) {
            // On stderr, so that --format json or markdown on stdout stays whole.
            System.err.println(tooFewSamples(tooFew));
        }
        long notComparable = comparison.count(Verdict.NOT_COMPARABLE);
        if (notComparable > 0) {
            System.err.println(command.name() + ": " + notComparable + " benchmark" + (notComparable == 1 ? "" : "s")
                    + " loaded another table under the same name, so " + (notComparable == 1 ? "it was" : "they were")
                    + " not compared; give the tables different names.");
        }
        if (comparison.count(Verdict.SLOWER) > 0) {
            return Main.BENCHMARK_FAILED;
        }
        return tooFew > 0 || notComparable > 0 ? Main.USAGE_ERROR : 0;
    }

    private String tooFewSamples(long benchmarks) {
        int needed = ChangeDetector.samplesPerSideNeeded(alpha);
        int ciSamples = Profile.CI.forks() * Profile.CI.measurementIterations();
        String remedy =
                needed <= ciSamples ? "e.g. --profile ci (" + ciSamples + " a side)" : "with JMH's -f and -i after --";
        return command.name() + ": " + (benchmarks == 1 ? "1 benchmark has" : benchmarks + " benchmarks have")
                + " too few samples to judge (at alpha " + alpha + " a side needs about " + needed + " samples); "
                + "measure more loads, " + remedy + ".";
    }
}
