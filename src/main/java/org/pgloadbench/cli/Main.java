package org.pgloadbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
    /** picocli's "Invalid value for option '--rows': '2147483648' is not an int", said for people. */
    private static final java.util.regex.Pattern INVALID_NUMBER =
            java.util.regex.Pattern.compile("^Invalid value for option '([^']+)': '(.*)' is not an int$");

    private Main() {}

    /** Set when the JVM starts shutting down under us: Ctrl-C (SIGINT) or SIGTERM. */
    private static volatile boolean shuttingDown;
    /** True from the moment a run may start a server until it has written its results or failed. */
    private static volatile boolean runInProgress;
    /** True once the command has ended by itself, so a shutdown is no interruption. */
    private static volatile boolean finished;
    /** What keeps the run's measurements so far if it is interrupted; null while nothing is measured. */
    private static volatile Keeper keeper;

    /** Keeps what a run has measured when it ends early; returns the result files written, none where nothing was measured. */
    @FunctionalInterface
    interface Keeper {
        List<Path> keep(String reason);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            boolean inProgress = runInProgress;
            if (!finished) {
                BenchmarkProgress.interrupt();
                Keeper measuring = keeper;
                List<Path> kept = measuring == null
                        ? List.of()
                        : measuring.keep("interrupted (Ctrl-C or SIGTERM) before every benchmark had run");
                System.err.println(PREFIX + "interrupted" + interruptedRun(inProgress, kept));
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

    /** The rest of the interruption's sentence: what the run keeps of what it measured, and what it removes. */
    private static String interruptedRun(boolean inProgress, List<Path> kept) {
        if (!kept.isEmpty()) {
            return "; what it measured is kept in "
                    + String.join(" and ", kept.stream().map(Path::toString).toList())
                    + " (marked incomplete), and the run is stopping its server and removing its files.";
        }
        return inProgress
                ? "; the run is stopping its server and removing its files, and the run in progress wrote no result file."
                : ".";
    }

    static void runStarted() {
        runInProgress = true;
    }

    /** A run that ends because the JVM is shutting down is still in progress for the interruption's sentence. */
    static void runEnded() {
        if (!shuttingDown) {
            runInProgress = false;
        }
    }

    /**
     * What Ctrl-C keeps of the run now measuring; it stays registered until the next run's replaces
     * it, and keeps nothing once its run has ended by itself (complete, or already kept after a failure).
     */
    static void keepOnInterrupt(Keeper measured) {
        keeper = measured;
    }

    /** True once the JVM is shutting down under the command: Ctrl-C or SIGTERM. */
    static boolean shuttingDown() {
        return shuttingDown;
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
        String message = INVALID_NUMBER
                .matcher(failure.getMessage())
                .replaceFirst("$1 takes a whole number from 1 to 2,147,483,647, not '$2'");
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
        err.println(Sentence.of("the run failed: " + unexpected(failure)));
        return BENCHMARK_FAILED;
    }

    /**
     * A failure no check foresaw, in one sentence: an I/O or database error says what it is; anything
     * else (a bug of the suite's) also leaves its stack trace in a file, for a report, never on the console.
     */
    private static String unexpected(Exception failure) {
        String what = failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory: " + failure.getMessage();
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + failure.getMessage();
        }
        if (failure instanceof java.io.IOException
                || failure instanceof java.io.UncheckedIOException
                || failure instanceof java.sql.SQLException) {
            return Sentence.oneLine(failure.getMessage() == null ? what : failure.getMessage());
        }
        try {
            Path trace = java.nio.file.Files.createTempFile("pgload-bench-failure-", ".txt");
            java.io.StringWriter text = new java.io.StringWriter();
            failure.printStackTrace(new PrintWriter(text));
            java.nio.file.Files.writeString(trace, text.toString());
            return Sentence.oneLine(what) + " (its stack trace is in " + trace + ")";
        } catch (java.io.IOException e) {
            return Sentence.oneLine(what);
        }
    }
}
