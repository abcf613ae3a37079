package org.pgloadbench.bench.host;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.pgloadbench.bench.ForkContract;
import org.pgloadbench.result.JmhBenchmark;

/**
 * JMH's own console output, passed on unchanged, plus one line per finished load (warm-up or
 * measured) on a separate stream ({@link ForkContract#loadEvent}). The JMH host writes the
 * former to the run's log and the latter to the launcher, which draws the benchmark's progress
 * from it. Reading JMH's events beats parsing its text, which changes between versions.
 */
final class LoadEvents implements OutputFormat {
    private final OutputFormat log;
    private final PrintStream events;

    LoadEvents(OutputFormat log, PrintStream events) {
        this.log = log;
        this.events = events;
    }

    @Override
    public void iterationResult(
            BenchmarkParams benchmark, IterationParams iteration, int index, IterationResult result) {
        log.iterationResult(benchmark, iteration, index, result);
        Result<?> primary = result.getPrimaryResult();
        long rows = Long.parseLong(benchmark.getParam("rows"));
        events.println(
                ForkContract.loadEvent(JmhBenchmark.rowsPerSecond(primary.getScore(), primary.getScoreUnit(), rows)));
    }

    @Override
    public void iteration(BenchmarkParams benchmark, IterationParams iteration, int index) {
        log.iteration(benchmark, iteration, index);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchmark) {
        log.startBenchmark(benchmark);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        log.endBenchmark(result);
    }

    @Override
    public void startRun() {
        log.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> results) {
        log.endRun(results);
    }

    @Override
    public void print(String text) {
        log.print(text);
    }

    @Override
    public void println(String text) {
        log.println(text);
    }

    @Override
    public void flush() {
        log.flush();
        events.flush();
    }

    @Override
    public void close() {
        log.close();
    }

    @Override
    public void verbosePrintln(String text) {
        log.verbosePrintln(text);
    }

    @Override
    public void write(int b) {
        log.write(b);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        log.write(bytes);
    }
}
