package org.pgloadbench.bench.host;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
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
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.pgloadbench.bench.ForkContract;
import org.pgloadbench.lifecycle.ParentWatch;

/**
 * The JVM that runs JMH for the launcher: it reads one benchmark's JMH options from standard input,
 * runs them (JMH starts the forks), and writes JMH's JSON, or the benchmark's own error message, to
 * the files its command line names ({@link ForkContract.HostFiles}). JMH's whole output, its forks'
 * included, is appended to the log and copied to standard output without stack traces (the launcher
 * shows it with {@code --verbose}); standard error carries one {@link LoadEvents} line per finished
 * load, from which the launcher draws the progress line.
 *
 * <p>It exists so that the launcher controls the environment JMH's forks inherit: the server's
 * password reaches them as an environment variable set for this process, never as a JVM argument
 * (JMH records those in its results) nor as a file. It dies with the launcher, and its forks with it.
 */
public final class JmhHost {
    private JmhHost() {}

    public static void main(String[] arguments) throws IOException {
        ParentWatch.start();
        ForkContract.HostFiles files = ForkContract.HostFiles.fromArguments(arguments);
        PrintStream events = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        PrintStream output = new PrintStream(
                new Tee(
                        new FileOutputStream(files.log().toFile(), true),
                        new StackTraceFilter(new FileOutputStream(FileDescriptor.out))),
                true,
                StandardCharsets.UTF_8);
        // The forks' output reaches JMH's host through System.out and System.err: both go to the log.
        System.setOut(output);
        System.setErr(output);
        Options options = ForkContract.receiveOptions(System.in);
        try {
            OutputFormat text = OutputFormatFactory.createFormatInstance(
                    output, options.verbosity().orElse(VerboseMode.NORMAL));
            Collection<RunResult> results = new Runner(options, new LoadEvents(text, events)).run();
            Files.writeString(files.results(), jmhJson(results), StandardCharsets.UTF_8);
        } catch (RunnerException e) {
            Files.writeString(files.failure(), benchmarkMessage(e), StandardCharsets.UTF_8);
            System.exit(1);
        }
    }

    /** Every byte to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }

    /** JMH's results exactly as {@code -rf json} writes them. */
    private static String jmhJson(Collection<RunResult> results) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(json, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        return json.toString(StandardCharsets.UTF_8);
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
        return String.valueOf(failure.getMessage());
    }
}
