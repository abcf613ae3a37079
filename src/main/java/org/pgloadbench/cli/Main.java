package org.pgloadbench.cli;

import java.io.PrintWriter;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.BenchmarkFailure;
import picocli.CommandLine;

/**
 * The command line behind {@code ./run-bench.sh}. Exit status: 0 success, 1 a benchmark failed
 * (a load that did not verify, a server that went away) or a comparison found something slower,
 * 2 a usage error or bad input the user can fix.
 */
public final class Main {
    static final int BENCHMARK_FAILED = 1;
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    /** Set when the JVM starts shutting down under us: Ctrl-C (SIGINT) or SIGTERM. */
    private static volatile boolean shuttingDown;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shuttingDown = true));
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new RunCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(true)
                .setExecutionExceptionHandler(Main::handle);
        return commandLine.execute(args);
    }

    private static int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof UserError) {
            err.println("run-bench.sh: " + failure.getMessage() + ".");
            return USAGE_ERROR;
        }
        if (failure instanceof BenchmarkFailure && shuttingDown) {
            err.println("run-bench.sh: interrupted; the embedded server is being stopped and no result file was written.");
            return BENCHMARK_FAILED;
        }
        if (failure instanceof BenchmarkFailure) {
            err.println("run-bench.sh: the run failed: " + failure.getMessage());
            return BENCHMARK_FAILED;
        }
        throw failure;
    }
}
