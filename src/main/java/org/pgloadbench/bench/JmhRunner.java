package org.pgloadbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.pgloadbench.UserError;

/**
 * Runs planned benchmarks through JMH's Runner, one JMH invocation per strategy (each has its own
 * row count), and returns every result as JMH's own JSON array, exactly as {@code -rf json} would
 * write it. JMH flags the user passes win over the profile's counts.
 */
public final class JmhRunner {
    private final Profile profile;
    private final CommandLineOptions userOptions;
    private final List<String> forkJvmArguments;

    public JmhRunner(Profile profile, List<String> userJmhArguments, List<String> forkJvmArguments) {
        this.profile = profile;
        this.forkJvmArguments = List.copyOf(forkJvmArguments);
        try {
            this.userOptions = new CommandLineOptions(userJmhArguments.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UserError("the JMH options after -- are not valid: " + e.getMessage());
        }
    }

    /** Warm-up loads per fork, as the run will really use them (profile, unless JMH flags said otherwise). */
    public int warmupIterations() {
        return userOptions.getWarmupIterations().orElse(profile.warmupIterations());
    }

    /** Measured loads per benchmark, over all forks. */
    public int measuredLoads() {
        return userOptions.getMeasurementIterations().orElse(profile.measurementIterations())
                * Math.max(1, userOptions.getForkCount().orElse(profile.forks()));
    }

    public JsonNode run(List<PlannedRun> plan) {
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedRun run = plan.get(i);
            System.out.printf("%n==> [%d/%d] %s%n", i + 1, plan.size(), run.describe());
            try {
                Collection<RunResult> runResults = new Runner(options(run)).run();
                results.addAll(runResults);
            } catch (RunnerException e) {
                throw new BenchmarkFailure(run.strategy() + " failed: " + benchmarkMessage(e), e);
            }
        }
        return toJmhJson(results);
    }

    private org.openjdk.jmh.runner.options.Options options(PlannedRun run) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(userOptions)
                .include("\\." + LoadBenchmark.class.getSimpleName() + "\\.load$")
                .shouldFailOnError(true)
                // Prepend, so that the heap settings in LoadBenchmark's @Fork still apply.
                .jvmArgsPrepend(forkJvmArguments.toArray(String[]::new));
        if (!userOptions.getWarmupIterations().hasValue()) {
            options.warmupIterations(profile.warmupIterations());
        }
        if (!userOptions.getMeasurementIterations().hasValue()) {
            options.measurementIterations(profile.measurementIterations());
        }
        if (!userOptions.getForkCount().hasValue()) {
            options.forks(profile.forks());
        }
        options.param("strategy", run.strategy().name());
        setUnlessUserDid(options, "rows", String.valueOf(run.rows()));
        setUnlessUserDid(options, "dataset", run.dataset().name());
        setUnlessUserDid(options, "rowsPerStatement", run.rowsPerStatement().stream().map(String::valueOf).toArray(String[]::new));
        setUnlessUserDid(options, "badRowPercent", String.valueOf(run.badRowPercent()));
        return options.build();
    }

    private void setUnlessUserDid(ChainedOptionsBuilder options, String name, String... values) {
        if (!userOptions.getParameter(name).hasValue()) {
            options.param(name, values);
        }
    }

    private static JsonNode toJmhJson(Collection<RunResult> results) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(json, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        try {
            return new ObjectMapper().readTree(json.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("JMH wrote JSON that does not parse", e);
        }
    }

    /**
     * The benchmark's own error (a failed verification, a lost connection) rather than JMH's
     * wrappers around it: JMH attaches what the fork threw as suppressed exceptions.
     */
    static String benchmarkMessage(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable next = pending.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            if (!next.getClass().getName().startsWith("org.openjdk.jmh.") && next.getMessage() != null) {
                return next.getMessage().strip();
            }
            pending.addAll(List.of(next.getSuppressed()));
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
        }
        return failure.getMessage();
    }
}
