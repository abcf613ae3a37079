package org.pgloadbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.pgloadbench.BenchmarkFailure;
import org.pgloadbench.Causes;
import org.pgloadbench.Passwords;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.BenchmarkProgress;
import picocli.CommandLine;
import picocli.CommandLine.ScopeType;

/**
 * The command line behind {@code ./run-bench.sh}. Exit status: 0 success, 1 a benchmark failed
 * (a load that did not verify, a server that went away) or a comparison found something slower,
 * 2 a usage error or bad input the user can fix. Everything it prints about a failure is one
 * sentence, with any password a URL could carry masked.
 */
public final class Main {
    static final int BENCHMARK_FAILED = 1;
    static final int USAGE_ERROR = 2;
    private static final String PREFIX = Sentence.PREFIX;

    private Main() {}

    /** Set when the JVM starts shutting down under us: Ctrl-C (SIGINT) or SIGTERM. */
    private static volatile boolean shuttingDown;
    /** True from the moment a run may start a server until it has written its results or failed. */
    private static volatile boolean runInProgress;
    /** True once the command has ended by itself, so a shutdown is no interruption. */
    private static volatile boolean finished;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            if (!finished) {
                BenchmarkProgress.interrupt();
                System.err.println(PREFIX + "interrupted"
                        + (runInProgress
                                ? "; the run is stopping its server and "
                                        + "removing its files, and the run in progress wrote no result file."
                                : "."));
            }
        }));
        // A library's own thread (docker-java streaming a container's log, say) that dies when its peer
        // goes away would print a stack trace; the run reports the failure that matters itself.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.err.println(PREFIX + "background thread "
                + thread.getName() + " stopped: " + Passwords.mask(Causes.rootMessage(e)) + "."));
        int status = execute(args);
        finished = true;
        System.exit(status);
    }

    static void runStarted() {
        runInProgress = true;
    }

    static void runEnded() {
        runInProgress = false;
    }

    /**
     * Only what follows {@code --} goes to JMH; before it every word must be an option, its value or
     * a subcommand, so a typo ("reprot") is refused instead of running the suite as a JMH pattern.
     */
    static int execute(String... args) {
        int delimiter = Arrays.asList(args).indexOf("--");
        RunCommand run = new RunCommand();
        if (delimiter >= 0) {
            run.jmhArguments.addAll(Arrays.asList(args).subList(delimiter + 1, args.length));
            args = Arrays.copyOfRange(args, 0, delimiter);
        }
        CommandLine commandLine = new CommandLine(run)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(true)
                .setParameterExceptionHandler(Main::handleParseError)
                .setExecutionExceptionHandler(Main::handle)
                .setExecutionStrategy(
                        parsed -> new CommandLine.RunLast().execute(refuseRunOptionsBeforeSubcommand(parsed)));
        return commandLine.execute(args);
    }

    /**
     * {@code --rows 300 ab HEAD~1} would run ab without the 300 rows: a run's options before a
     * subcommand are refused. The output directories, which every subcommand shares, may come first.
     */
    private static CommandLine.ParseResult refuseRunOptionsBeforeSubcommand(CommandLine.ParseResult parsed) {
        if (parsed.hasSubcommand()) {
            List<String> misplaced = parsed.matchedOptions().stream()
                    .filter(option -> option.scopeType() != ScopeType.INHERIT && !option.usageHelp())
                    .map(CommandLine.Model.OptionSpec::longestName)
                    .toList();
            if (!misplaced.isEmpty()) {
                String subcommand = parsed.subcommand().commandSpec().name();
                throw new CommandLine.ParameterException(
                        parsed.commandSpec().commandLine(),
                        String.join(", ", misplaced) + " came before " + subcommand + ", where it does not apply; give "
                                + subcommand + "'s options after it");
            }
        }
        return parsed;
    }

    /** One sentence and where to look, instead of picocli's whole usage text. */
    private static int handleParseError(CommandLine.ParameterException failure, String[] args) {
        PrintWriter err = failure.getCommandLine().getErr();
        String message = failure.getMessage();
        if (failure instanceof CommandLine.UnmatchedArgumentException unmatched
                && unmatched.getUnmatched().stream().noneMatch(word -> word.startsWith("-"))) {
            message = strayWords(unmatched); // an unknown option keeps picocli's own sentence
        }
        err.println(Sentence.of(message));
        String command = failure.getCommandLine().getCommandName();
        err.println("See ./run-bench.sh " + (command.equals("run-bench.sh") ? "" : command + " ")
                + "--help for the options.");
        return USAGE_ERROR;
    }

    /** "'reprot' is neither an option nor a subcommand (did you mean report?); JMH's own options go after --" */
    private static String strayWords(CommandLine.UnmatchedArgumentException unmatched) {
        List<String> words = unmatched.getUnmatched();
        String what = words.size() == 1 ? "'" + words.get(0) + "' is" : "'" + String.join(" ", words) + "' are";
        List<String> suggestions = unmatched.getSuggestions();
        return what + " neither an option nor a subcommand"
                + (suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)")
                + (unmatched.getCommandLine().getCommandName().equals("run-bench.sh")
                        ? "; JMH's own options go after --"
                        : "");
    }

    private static int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (shuttingDown) {
            return BENCHMARK_FAILED; // the shutdown hook has said what happened
        }
        PrintWriter err = commandLine.getErr();
        if (failure instanceof UserError) {
            err.println(Sentence.of(failure.getMessage()));
            return USAGE_ERROR;
        }
        if (failure instanceof BenchmarkFailure) {
            err.println(Sentence.of("the run failed: " + failure.getMessage()));
            return BENCHMARK_FAILED;
        }
        throw failure;
    }
}
