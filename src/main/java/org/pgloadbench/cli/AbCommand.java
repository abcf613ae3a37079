package org.pgloadbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.ab.ForkLauncher;
import org.pgloadbench.ab.GitRepository;
import org.pgloadbench.ab.InterleavedForks;
import org.pgloadbench.ab.Interleaving;
import org.pgloadbench.ab.Interleaving.Side;
import org.pgloadbench.ab.Revision;
import org.pgloadbench.ab.RevisionJars;
import org.pgloadbench.ab.StrategyNames;
import org.pgloadbench.bench.launch.JmhRunner;
import org.pgloadbench.compare.Comparison;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.report.ComparisonReport;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.ForkMerge;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.result.SkippedStrategy;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * An A/B regression check in one sitting: two revisions' jars, one server, their forks interleaved,
 * one result file each and compare's verdict. Hosted CI runners differ from job to job by more than
 * most regressions, so a stored baseline from another machine proves little; two revisions measured
 * side by side on the same machine and server, drift falling on both alike, do.
 */
@Command(
        name = "ab",
        sortOptions = false,
        description = {
            "Measures two git revisions of pgload-bench against one server, their forks interleaved (A B B A ...), "
                    + "and compares them as compare does.",
            "Builds each revision's jar from a copy of its files, keeping it as target/ab/<commit>.jar (nothing else in your "
                    + "checkout changes); HEAD defaults to the working tree. Writes one result file per side, labelled with its "
                    + "revision, and a comparison report."
        },
        footer = {
            "",
            "Anything after -- goes to each side's JMH runs; -f sets the forks per side (two at least), run one at a time.",
            "",
            "Exit status: 0 nothing slower, 1 something slower or a load failed, 2 bad input (a revision that does not "
                    + "build or run, an option) or too few samples to judge."
        })
final class AbCommand implements Callable<Integer> {
    /**
     * Forks a side whatever the profile says: whole forks of the same code ran 49% apart here, so a
     * side of one fork could be that fork's luck, and the verdict's fork rule needs two to apply.
     */
    private static final int MINIMUM_FORKS = 2;

    @Parameters(
            index = "0",
            paramLabel = "BASE",
            description = "The revision to compare against, e.g. HEAD~1 or origin/main.")
    String base;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "HEAD",
            description = "The revision under test. Default: the working tree.")
    String head;

    @Mixin
    LoadOptions load;

    @Mixin
    ServerOptions server;

    @Mixin
    ComparisonOptions judging;

    @Option(
            names = "--repository",
            paramLabel = "DIR",
            defaultValue = "${env:PGLOADBENCH_CHECKOUT:-.}",
            description = "The git clone the revisions come from. Default: the checkout run-bench.sh is in.")
    Path repository;

    @Mixin
    HelpOption help;

    @ParentCommand
    RunCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        // With --format markdown or json the verdict alone goes to standard output, for a tool; all else to stderr.
        PrintStream stdout = System.out;
        if (judging.format != ComparisonReport.Format.TEXT) {
            System.setOut(System.err);
        }
        try {
            JmhRunner jmh = new JmhRunner(load.profile, parent.jmhArguments, !load.noCostAccounting);
            if (jmh.helpRequested()) {
                jmh.printHelp();
                return 0;
            }
            Map<Side, ResultFile> results = measure(jmh);
            System.setOut(stdout);
            return judging.print(Comparison.of(
                    results.get(Side.BASE).label(),
                    results.get(Side.BASE),
                    results.get(Side.HEAD).label(),
                    results.get(Side.HEAD),
                    judging.thresholdPercent,
                    judging.alpha));
        } finally {
            System.setOut(stdout);
        }
    }

    /** Everything up to the verdict: checks, builds, the interleaved forks, each side's result file and the report. */
    private Map<Side, ResultFile> measure(JmhRunner jmh) throws IOException, SQLException {
        judging.validate();
        load.validate();
        server.validate();
        if (server.distribution().distributed()) {
            throw new UserError(
                    "ab measures two revisions of the suite on a single server; --distributed is for a run");
        }
        List<ServerSetup> setups = server.setups();
        if (setups.size() != 1) {
            throw new UserError(
                    "ab measures both revisions on one server: give one --target, one --pg-version and at most one --rtt");
        }
        ServerSetup setup = setups.get(0);
        Predicate<String> loadable = loadable();
        GitRepository git = GitRepository.at(repository);
        Map<Side, Revision> revisions = new EnumMap<>(Side.class);
        revisions.put(Side.BASE, git.resolve(base));
        revisions.put(Side.HEAD, head == null ? git.workingTree() : git.resolve(head));

        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<SkippedStrategy> skipped = new ArrayList<>();
        Map<Side, List<ResultFile>> forks = new EnumMap<>(Side.class);
        Environment environment;
        try (Sitting sitting = Sitting.begin(parent.outputs(), setups);
                RunDirectory builds = RunDirectory.create(System.out)) {
            Path log = parent.outputs().newLog(ResultFiles.stamp(startedAt) + "_ab");
            RevisionJars jars = new RevisionJars(git, builds.path(), log);
            Map<Side, String> classpaths = new EnumMap<>(Side.class);
            for (Side side : Side.values()) {
                classpaths.put(side, jars.classpathOf(revisions.get(side), System.out));
            }
            List<String> compared = compared(revisions, classpaths, loadable, skipped);
            environment = sitting.onServer(setup, Distribution.NONE, (target, runDirectory) -> {
                List<SkippedStrategy> unrunnable = target.unrunnable(compared.stream()
                        .map(Strategy::named)
                        .flatMap(Optional::stream)
                        .toList());
                skipped.addAll(unrunnable);
                List<String> strategies = compared.stream()
                        .filter(name -> unrunnable.stream()
                                .noneMatch(skip -> skip.strategy().equals(name)))
                        .toList();
                if (strategies.isEmpty()) {
                    throw new UserError("none of the strategies asked for runs on both revisions and this server");
                }
                int forksASide = Math.max(MINIMUM_FORKS, jmh.forks());
                List<Interleaving.Step> steps = Interleaving.of(strategies, forksASide);
                System.out.printf(
                        "%nMeasuring %d strateg%s, %d forks a side%s, interleaved: %d launches. Their output goes to %s.%n",
                        strategies.size(),
                        strategies.size() == 1 ? "y" : "ies",
                        forksASide,
                        forksASide > jmh.forks() ? " (ab's least: one fork's luck cannot be told from a change)" : "",
                        steps.size(),
                        log);
                ForkLauncher launcher = new ForkLauncher(
                        Main.class.getName(),
                        target.loads(),
                        forwardedLoadOptions(),
                        JmhRunner.withoutForkCount(parent.jmhArguments),
                        runDirectory.resolve("launches"),
                        log);
                Environment seen = target.environment();
                // Whichever ends the forks first, a failure or Ctrl-C, keeps them once; both name the files.
                AtomicBoolean ended = new AtomicBoolean();
                AtomicReference<List<Path>> kept = new AtomicReference<>(List.of());
                Main.keepOnInterrupt(reason -> {
                    if (!ended.getAndSet(true)) {
                        kept.set(keep(forks, revisions, seen, skipped, startedAt, reason));
                    }
                    return kept.get();
                });
                try {
                    InterleavedForks.run(steps, forksASide, revisions, classpaths, launcher, System.out, forks);
                    ended.set(true); // every fork ran: the whole sides are written below, not kept as incomplete
                } catch (IOException | RuntimeException e) {
                    if (!ended.getAndSet(true)) {
                        kept.set(keep(
                                forks,
                                revisions,
                                seen,
                                skipped,
                                startedAt,
                                Sentence.oneLine(String.valueOf(e.getMessage()))));
                        if (!kept.get().isEmpty() && !Main.shuttingDown()) {
                            System.out.println(
                                    "Kept the forks measured before it, marked incomplete: " + kept.get() + ".");
                        }
                    }
                    throw e;
                }
                return seen;
            });
        }
        Duration took = Duration.between(startedAt, Instant.now());
        Map<Side, ResultFile> results = merged(forks, revisions, environment, skipped, startedAt, null);
        List<Path> files = write(results, revisions, startedAt);
        System.out.printf(
                "%nBoth revisions measured on one server in %d min %d s. Result files:%n",
                took.toMinutes(), took.toSecondsPart());
        files.forEach(file -> System.out.println("  " + file));
        parent.outputs().render(files).forEach(file -> System.out.println("Report:      " + file));
        System.out.println();
        return results;
    }

    /**
     * The forks measured before the A/B run ended early, each side's in a result file marked
     * incomplete with the reason, and their report; none for a side that had none yet.
     */
    private List<Path> keep(
            Map<Side, List<ResultFile>> forks,
            Map<Side, Revision> revisions,
            Environment environment,
            List<SkippedStrategy> skipped,
            Instant startedAt,
            String reason) {
        List<Path> files;
        try {
            files = write(merged(forks, revisions, environment, skipped, startedAt, reason), revisions, startedAt);
        } catch (IOException | RuntimeException e) {
            return List.of(); // each fork's output is in the run's log
        }
        try {
            parent.outputs().render(files);
        } catch (IOException | RuntimeException e) {
            // The result files are what matters; ./run-bench.sh report draws their charts again.
        }
        return files;
    }

    /** Each side's result file, named after the run and ending in its revision; returns them in the order of the sides. */
    private List<Path> write(Map<Side, ResultFile> results, Map<Side, Revision> revisions, Instant startedAt)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<Side, ResultFile> side : results.entrySet()) {
            files.add(parent.outputs()
                    .write(
                            ResultFiles.baseName(startedAt, side.getValue().environment(), load.profile.label()) + "_"
                                    + side.getKey().fileTag(revisions.get(side.getKey())),
                            side.getValue()));
        }
        return files;
    }

    /**
     * Each side's forks as one result file, labelled with its revision, with the target and network
     * this launcher set up (its sides saw an external server and no proxy); a side without forks has none.
     *
     * @param incomplete why the run ended before every fork ran, or null
     */
    private Map<Side, ResultFile> merged(
            Map<Side, List<ResultFile>> forks,
            Map<Side, Revision> revisions,
            Environment environment,
            List<SkippedStrategy> skipped,
            Instant startedAt,
            String incomplete) {
        Map<Side, ResultFile> results = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            if (forks.getOrDefault(side, List.of()).isEmpty()) {
                continue;
            }
            Environment seen = forks.get(side)
                    .get(0)
                    .environment()
                    .seenFrom(environment.postgres().target(), environment.network());
            results.put(
                    side,
                    ForkMerge.merge(
                            forks.get(side),
                            startedAt.toString(),
                            load.profile.label(),
                            seen,
                            skipped,
                            side.describe(revisions.get(side)),
                            incomplete));
        }
        return results;
    }

    /**
     * Which strategies can load the tables asked for, as this launcher plans them (the planner names
     * the others). A table of the user's own is read on the server by each side, so there every
     * strategy is tried.
     */
    private Predicate<String> loadable() {
        load.tables.ddl();
        if (load.tables.tableDdl != null) {
            return name -> true;
        }
        Set<String> planned = load.planner().plan(load.tables.builtInTables(), System.out).stream()
                .map(run -> run.strategy().name())
                .collect(Collectors.toSet());
        return name -> Strategy.named(name).isEmpty() || planned.contains(name);
    }

    /**
     * The strategies asked for that both revisions have and the plan can load; those only one side
     * has are named, recorded as skipped on both sides, and never compared.
     */
    private List<String> compared(
            Map<Side, Revision> revisions,
            Map<Side, String> classpaths,
            Predicate<String> loadable,
            List<SkippedStrategy> skipped)
            throws IOException {
        boolean named = spec.commandLine().getParseResult().hasMatchedOption("--strategies");
        StrategyNames.Shared shared = StrategyNames.shared(
                named ? load.strategies.stream().map(Strategy::name).toList() : null,
                StrategyNames.of(revisions.get(Side.BASE), classpaths.get(Side.BASE), Main.class.getName()),
                StrategyNames.of(revisions.get(Side.HEAD), classpaths.get(Side.HEAD), Main.class.getName()));
        Map<Side, List<String>> missing = Map.of(Side.BASE, shared.missingInBase(), Side.HEAD, shared.missingInHead());
        for (Side side : Side.values()) {
            for (String strategy : missing.get(side)) {
                String reason = side.describe(revisions.get(side)) + " has no such strategy, so it is not compared";
                System.out.printf("Missing %s: %s.%n", strategy, reason);
                skipped.add(new SkippedStrategy(strategy, reason));
            }
        }
        List<String> compared = shared.compared().stream().filter(loadable).toList();
        if (compared.isEmpty()) {
            throw new UserError("no strategy asked for is in both "
                    + revisions.get(Side.BASE).label() + " and "
                    + revisions.get(Side.HEAD).label() + " and loads the tables asked for");
        }
        return compared;
    }

    /** The load options the user gave, as given, for each side's launcher; --strategies is the A/B run's to set per launch. */
    private List<String> forwardedLoadOptions() {
        Set<String> loadOptions = spec.mixins().get("load").options().stream()
                .map(OptionSpec::longestName)
                .filter(name -> !name.equals("--strategies"))
                .collect(Collectors.toSet());
        List<String> words = new ArrayList<>();
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (!loadOptions.contains(option.longestName())) {
                continue;
            }
            if (option.arity().max() == 0) {
                words.add(option.longestName());
            } else {
                for (String value : option.originalStringValues()) {
                    words.add(option.longestName());
                    words.add(value);
                }
            }
        }
        return words;
    }
}
