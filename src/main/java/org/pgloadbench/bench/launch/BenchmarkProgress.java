package org.pgloadbench.bench.launch;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What the console shows of one benchmark: on a terminal a live line (loads done of all, elapsed
 * time, an estimate of what is left, the last load's rows/sec) that gives way to the benchmark's
 * result line; elsewhere (a pipe, a file, CI) just the result line, so logs hold no carriage
 * returns or colours; with {@code --verbose} a heading, JMH's own log, then the result line.
 */
public final class BenchmarkProgress {
    enum Console {
        LIVE,
        PLAIN,
        VERBOSE;

        /** LIVE only where someone watches a terminal: not when output is redirected, nor under CI. */
        static Console of(boolean verbose) {
            if (verbose) {
                return VERBOSE;
            }
            return System.console() != null && System.getenv("CI") == null ? LIVE : PLAIN;
        }
    }

    /** The benchmark whose live line is on screen, so that an interruption can end it first. */
    private static volatile BenchmarkProgress current;
    /** Set once the run is interrupted: no benchmark line comes after the interruption's sentence. */
    private static volatile boolean interrupted;

    private final String name;
    private final long loads;
    private final PrintStream out;
    private final ProgressBar bar;
    private final long startedNanos = System.nanoTime();
    private long done;
    private boolean barClosed;

    private BenchmarkProgress(String name, long loads, Console console, PrintStream out) {
        this.name = name;
        this.loads = loads;
        this.out = out;
        if (console == Console.VERBOSE) {
            out.printf("%n==> %s%n", name);
        }
        this.bar = console != Console.LIVE
                ? null
                : new ProgressBarBuilder()
                        .setTaskName(name)
                        .setInitialMax(loads)
                        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                        .setConsumer(new ConsoleProgressBarConsumer(out))
                        .setUpdateIntervalMillis(500)
                        .clearDisplayOnFinish()
                        .build();
    }

    /** @param name what runs, e.g. {@code [9/16] STRATEGY, 125,000 rows per load} */
    static BenchmarkProgress start(String name, long loads, Console console, PrintStream out) {
        BenchmarkProgress progress = new BenchmarkProgress(name, loads, console, out);
        current = progress;
        return progress;
    }

    synchronized void loadDone(double rowsPerSecond) {
        done++;
        if (bar != null) {
            bar.stepTo(Math.min(done, loads));
            bar.setExtraMessage(String.format("last load %,.0f rows/s", rowsPerSecond));
        }
    }

    /** The live line gives way to {@code name: result (N loads in m:ss)}. */
    void finished(String result) {
        end(result);
    }

    void failed() {
        end("failed after " + done + " of " + loads + " loads");
    }

    private synchronized void end(String result) {
        closeBar();
        current = null;
        if (interrupted) {
            return; // the interruption is the run's last word, not a benchmark that "failed" because of it
        }
        out.printf(
                "%s: %s (%d loads in %s)%n",
                name, result, done, minutesAndSeconds(Duration.ofNanos(System.nanoTime() - startedNanos)));
    }

    private void closeBar() {
        if (bar != null && !barClosed) {
            barClosed = true;
            bar.close();
        }
    }

    /**
     * Ends the live line on screen, if any, so that what is printed next starts on a line of its own,
     * and keeps the benchmark that the interruption stops from printing a line after it.
     */
    public static void interrupt() {
        interrupted = true;
        BenchmarkProgress progress = current;
        if (progress != null) {
            synchronized (progress) {
                progress.closeBar();
            }
        }
    }

    static String minutesAndSeconds(Duration elapsed) {
        return elapsed.toMinutes() + ":" + String.format("%02d", elapsed.toSecondsPart());
    }
}
