package org.pgloadbench.bench.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.pgloadbench.BenchmarkFailure;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.ForkContract;
import org.pgloadbench.bench.fork.LoadBenchmark;
import org.pgloadbench.bench.host.JmhHost;
import org.pgloadbench.dataset.KeyOrder;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.strategy.CopyFormat;

/**
 * Runs planned benchmarks through JMH, one JMH run per planned run (a strategy at one row count), each
 * in a {@link JmhHost} process whose environment carries the server's password to the forks, and
 * hands on each run's results as JMH's own JSON, exactly as {@code -rf json} would write it. JMH
 * flags the user passes win over the profile's counts; they are checked before anything starts.
 */
public final class JmhRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What every fork's JVM gets besides the server, the table and the heap: nothing that changes its speed. */
    static final List<String> FORK_JVM_ARGUMENTS = List.of("-Djava.awt.headless=true");
    /** Parameters the launcher's own options set, with the option; JMH's -p may not change them. */
    static final Map<String, String> PLANNED_ONLY = Map.of(
            "strategy",
            "--strategies",
            "table",
            "--table",
            "indexes",
            "--indexes",
            "existingRows",
            "--existing-rows",
            "keyOrder",
            "--key-order",
            "tableFeature",
            "--table-feature");

    private final Profile profile;
    private final CommandLineOptions userOptions;
    private final boolean accountCosts;
    /** Runs whose rows need more than the fork's default heap, and the gibibytes their forks get instead. */
    private final Map<PlannedRun, Integer> largerHeaps = new IdentityHashMap<>();

    /**
     * @param accountCosts whether the forks read each load's costs (WAL, CPU) before and after it
     * @throws UserError for JMH options that are malformed or that the suite cannot honour
     */
    public JmhRunner(Profile profile, List<String> userJmhArguments, boolean accountCosts) {
        this.profile = profile;
        this.accountCosts = accountCosts;
        try {
            this.userOptions = new CommandLineOptions(userJmhArguments.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UserError("the JMH options after -- are not valid: " + e.getMessage());
        }
        JmhOptionChecks.check(userOptions, userJmhArguments);
    }

    /** True for {@code -- -h}: the user asked for JMH's own help, not for a run. */
    public boolean helpRequested() {
        return userOptions.shouldHelp();
    }

    public void printHelp() throws IOException {
        userOptions.showHelp();
    }

    /** Warm-up loads per fork, as the run will really use them (profile, unless JMH flags said otherwise). */
    public int warmupIterations() {
        return userOptions.getWarmupIterations().orElse(profile.warmupIterations());
    }

    /** Measured loads per benchmark, over all forks. */
    public int measuredLoads() {
        return userOptions.getMeasurementIterations().orElse(profile.measurementIterations()) * forks();
    }

    /** Forks per benchmark: the profile's, unless JMH's {@code -f} said otherwise. */
    public int forks() {
        return Math.max(1, userOptions.getForkCount().orElse(profile.forks()));
    }

    /** JMH options as the user wrote them, less the fork count ({@code -f N}, {@code -fN}), for a caller that runs forks one by one. */
    public static List<String> withoutForkCount(List<String> jmhArguments) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < jmhArguments.size(); i++) {
            String argument = jmhArguments.get(i);
            if (argument.equals("-f")) {
                i++;
            } else if (!argument.matches("-f=?\\d+")) {
                kept.add(argument);
            }
        }
        return kept;
    }

    /**
     * Refuses, before any server starts, a plan that could only fail later: parameter values a
     * strategy does not accept, or more rows than a fork's heap can hold. Rows held in memory stay
     * out of the timing, so where they outgrow the fork's default heap (a wide table's million rows)
     * the fork gets a larger one, up to half the machine's memory, unless the user set the heap.
     */
    public void checkPlan(List<PlannedRun> plan) {
        long heap = PlanCheck.maxHeap(forkJvmArgumentsForHeap());
        for (PlannedRun run : plan) {
            PlanCheck.check(run.strategy(), run.table(), parameters(run));
            long needed = PlanCheck.heapNeeded(run.table(), parameters(run));
            if (needed <= heap) {
                continue;
            }
            if (userOptions.getJvmArgsAppend().hasValue() || needed > PlanCheck.largestAutomaticHeap()) {
                throw PlanCheck.tooLarge(run, needed, heap);
            }
            largerHeaps.put(run, PlanCheck.gibibytes(needed));
            System.out.printf(
                    "%s: %,d rows of table %s held in memory need about %,d MB of heap; its forks get %d GB.%n",
                    run.strategy(), run.rows(), run.table().shape().name(), needed >> 20, largerHeaps.get(run));
        }
    }

    /** The heap, in GB, {@link #checkPlan} gave this run's forks in place of the default; empty if none. */
    Optional<Integer> largerHeap(PlannedRun run) {
        return Optional.ofNullable(largerHeaps.get(run));
    }

    /**
     * Runs every planned benchmark in turn against {@code connection}; {@code workDirectory} holds the
     * hosts' output files, JMH's whole output is appended to {@code log}, and the console shows each
     * benchmark's progress and result (JMH's output itself if {@code verbose}). Each planned run's
     * results go to {@code measured} as soon as it ends, so a later failure loses none of them.
     */
    public void run(
            List<PlannedRun> plan,
            ConnectionSettings connection,
            Distribution distribution,
            Path workDirectory,
            Path log,
            boolean verbose,
            BiConsumer<PlannedRun, JsonNode> measured) {
        BenchmarkProgress.Console console = BenchmarkProgress.Console.of(verbose);
        for (int i = 0; i < plan.size(); i++) {
            PlannedRun run = plan.get(i);
            Options options = options(run, connection, distribution, workDirectory);
            BenchmarkProgress progress = BenchmarkProgress.start(
                    "[" + (i + 1) + "/" + plan.size() + "] " + run.describe(), loads(run), console, System.out);
            ArrayNode benchmarks = (ArrayNode) runInHost(
                    run, options, connection, workDirectory.resolve("jmh-" + (i + 1)), log, console, progress);
            progress.finished(ResultLine.of(benchmarks));
            measured.accept(run, benchmarks);
        }
    }

    /** Warm-up and measured loads of every fork (warm-up forks too) of every parameter combination. */
    private long loads(PlannedRun run) {
        long combinations =
                parameters(run).values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        int warmupForks = userOptions.getWarmupForkCount().orElse(0);
        int measurements = userOptions.getMeasurementIterations().orElse(profile.measurementIterations());
        return combinations
                * ((long) (forks() + warmupForks) * warmupIterations()
                        + measuredLoads()
                        + (long) warmupForks * measurements);
    }

    private static JsonNode runInHost(
            PlannedRun run,
            Options options,
            ConnectionSettings connection,
            Path outputBase,
            Path log,
            BenchmarkProgress.Console console,
            BenchmarkProgress progress) {
        ForkContract.HostFiles files = ForkContract.HostFiles.of(outputBase, log);
        ProcessBuilder host = new ProcessBuilder(hostCommand(outputBase.getParent(), files))
                .redirectOutput(
                        console == BenchmarkProgress.Console.VERBOSE
                                ? ProcessBuilder.Redirect.INHERIT
                                : ProcessBuilder.Redirect.DISCARD);
        ForkContract.exportPassword(connection, host.environment());
        Process process;
        try {
            process = host.start();
        } catch (IOException e) {
            progress.failed();
            throw new BenchmarkFailure(
                    run.strategy() + " failed: JMH could not be started (" + e.getMessage() + ")", e);
        }
        List<String> otherLines = new ArrayList<>();
        Thread events = new Thread(() -> readEvents(process, progress, otherLines), "load-events");
        events.setDaemon(true);
        events.start();
        try {
            try {
                ForkContract.sendOptions(options, process.getOutputStream());
            } catch (IOException e) {
                // The host died before it read its options; its exit status and its own words say why.
            }
            int exit = process.waitFor();
            events.join();
            if (!otherLines.isEmpty()) {
                Files.write(log, otherLines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            if (exit == 0 && Files.exists(files.results())) {
                return JSON.readTree(files.results().toFile());
            }
            progress.failed();
            String message = Files.exists(files.failure())
                    ? Files.readString(files.failure(), StandardCharsets.UTF_8)
                    : otherLines.isEmpty()
                            ? "JMH ended with exit status " + exit
                            : otherLines.get(otherLines.size() - 1);
            throw new BenchmarkFailure(
                    run.strategy() + " failed: " + Sentence.oneLine(message) + " (JMH's whole output is in " + log
                            + ")",
                    null);
        } catch (IOException e) {
            progress.failed();
            throw new BenchmarkFailure(
                    run.strategy() + " failed: its results could not be read (" + e.getMessage()
                            + "; JMH's whole output is in " + log + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure(run.strategy() + " was interrupted", e);
        }
    }

    /** The host's standard error: load events for the progress line, anything else (a JVM's own complaint) for the log. */
    private static void readEvents(Process process, BenchmarkProgress progress, List<String> otherLines) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                OptionalDouble rowsPerSecond = ForkContract.parseLoadEvent(line);
                if (rowsPerSecond.isPresent()) {
                    progress.loadDone(rowsPerSecond.getAsDouble());
                } else {
                    otherLines.add(line);
                }
            }
        } catch (IOException e) {
            // The host is gone; its exit status says what happened.
        }
    }

    /**
     * A small, quiet JVM: it mostly waits for its forks. Its temporary directory is the run's, so
     * JMH's own temporary files go where the run's clean-up finds them.
     */
    private static List<String> hostCommand(Path workDirectory, ForkContract.HostFiles files) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + workDirectory));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("jmh."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JmhHost.class.getName()));
        command.addAll(files.arguments());
        return command;
    }

    private Options options(
            PlannedRun run, ConnectionSettings connection, Distribution distribution, Path workDirectory) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .parent(userOptions)
                .include("\\." + LoadBenchmark.class.getSimpleName() + "\\.load$")
                .shouldFailOnError(true)
                // Prepend, so that the heap settings in LoadBenchmark's @Fork still apply.
                .jvmArgsPrepend(forkJvmArgumentsPrepended(run, connection, distribution, workDirectory)
                        .toArray(String[]::new));
        if (!userOptions.getJvmArgs().hasValue()) {
            // Unless told otherwise JMH gives forks its own JVM's options, and the host is a small
            // C1-only JVM with the serial collector: forks must be measured with the JVM's defaults.
            options.jvmArgs(FORK_JVM_ARGUMENTS.toArray(String[]::new));
        }
        if (!userOptions.getWarmupIterations().hasValue()) {
            options.warmupIterations(profile.warmupIterations());
        }
        if (!userOptions.getMeasurementIterations().hasValue()) {
            options.measurementIterations(profile.measurementIterations());
        }
        if (!userOptions.getForkCount().hasValue()) {
            options.forks(profile.forks());
        }
        Integer heap = largerHeaps.get(run);
        if (heap != null) {
            options.jvmArgsAppend(
                    "-Xms" + heap + "g", "-Xmx" + heap + "g", "-XX:+AlwaysPreTouch"); // in place of @Fork's 2 GB
        }
        parameters(run).forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        return options.build();
    }

    /** Every parameter of a planned run, the user's {@code -p} values winning over the plan's. */
    private Map<String, List<String>> parameters(PlannedRun run) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("strategy", List.of(run.strategy().name()));
        parameters.put("rows", List.of(String.valueOf(run.rows())));
        parameters.put("table", List.of(run.table().shape().name()));
        parameters.put("indexes", List.of(run.table().indexes().label()));
        parameters.put("existingRows", List.of(String.valueOf(run.existingRows())));
        parameters.put("keyOrder", List.of(KeyOrder.recorded(run.table().shape())));
        parameters.put("tableFeature", List.of(run.table().features().label()));
        parameters.put("dataset", List.of(run.dataset().name()));
        parameters.put(
                "rowsPerStatement",
                run.rowsPerStatement().stream().map(String::valueOf).toList());
        parameters.put("badRowPercent", List.of(String.valueOf(run.badRowPercent())));
        parameters.put("streamRows", List.of("false"));
        parameters.put(
                "connections", run.connections().stream().map(String::valueOf).toList());
        parameters.put("format", run.formats().stream().map(CopyFormat::name).toList());
        parameters.replaceAll((name, planned) -> PLANNED_ONLY.containsKey(name)
                ? planned
                : userOptions.getParameter(name).hasValue()
                        ? List.copyOf(userOptions.getParameter(name).get())
                        : planned);
        return parameters;
    }

    /** The fork's settings (server, distribution, the user's table, where costs and server files go), then whatever the user prepends. */
    private List<String> forkJvmArgumentsPrepended(
            PlannedRun run, ConnectionSettings connection, Distribution distribution, Path workDirectory) {
        Path ddl = null;
        if (run.table().ddl() != null) {
            ddl = ForkContract.tableDdl(workDirectory);
            try {
                Files.writeString(ddl, run.table().ddl(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + ddl + ": " + e.getMessage(), e);
            }
        }
        ForkContract.ForkSettings fork = new ForkContract.ForkSettings(
                connection,
                distribution,
                ddl,
                accountCosts ? ForkContract.costLog(workDirectory) : null,
                RunDirectory.serverFiles(workDirectory));
        List<String> arguments = new ArrayList<>(fork.jvmArguments());
        arguments.addAll(userOptions.getJvmArgsPrepend().orElse(List.of()));
        return arguments;
    }

    /** A fork's JVM arguments in the order its command line will have them, as far as the heap size goes. */
    private List<String> forkJvmArgumentsForHeap() {
        List<String> arguments = new ArrayList<>();
        arguments.addAll(userOptions.getJvmArgsPrepend().orElse(List.of()));
        arguments.addAll(userOptions.getJvmArgs().orElse(List.of()));
        arguments.addAll(userOptions
                .getJvmArgsAppend()
                .orElse(List.of(LoadBenchmark.class
                        .getAnnotation(org.openjdk.jmh.annotations.Fork.class)
                        .jvmArgsAppend())));
        return arguments;
    }
}
