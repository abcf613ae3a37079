package org.pgloadbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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
import java.util.stream.Collectors;
import org.pgloadbench.UserError;
import org.pgloadbench.ab.ForkLauncher;
import org.pgloadbench.ab.GitRepository;
import org.pgloadbench.ab.Interleaving;
import org.pgloadbench.ab.Interleaving.Side;
import org.pgloadbench.ab.Revision;
import org.pgloadbench.ab.RevisionJars;
import org.pgloadbench.ab.StrategyNames;
import org.pgloadbench.bench.JmhLock;
import org.pgloadbench.bench.JmhRunner;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.network.DelayingProxy;
import org.pgloadbench.report.Comparison;
import org.pgloadbench.report.ComparisonReport;
import org.pgloadbench.report.Environment;
import org.pgloadbench.report.ForkMerge;
import org.pgloadbench.report.ResultFile;
import org.pgloadbench.report.ResultFiles;
import org.pgloadbench.report.Reporter;
import org.pgloadbench.report.SkippedStrategy;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.Servers;
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
@Command(name = "ab", sortOptions = false,
        description = {"Measures two git revisions of pgload-bench against one server, their forks interleaved (A B B A ...), "
                + "and compares them as compare does.",
            "Builds each revision's jar from a copy of its files (your checkout is not touched); HEAD defaults to the working "
                + "tree. Writes one result file per side, labelled with its revision, and a comparison report."},
        footer = {"", "Anything after -- goes to each side's JMH runs; -f sets the forks per side, run one at a time.",
            "", "Exit status: 0 nothing slower, 1 something slower or a load failed, 2 bad input (a revision that does not "
                + "build or run, an option) or too few samples to judge."})
final class AbCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "The revision to compare against, e.g. HEAD~1 or origin/main.")
    String base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "The revision under test. Default: the working tree.")
    String head;

    @Mixin
    LoadOptions load;

    @Mixin
    ServerOptions server;

    @Mixin
    ComparisonOptions judging;

    @Option(names = "--repository", paramLabel = "DIR", defaultValue = "${env:PGLOADBENCH_CHECKOUT:-.}",
            description = "The git clone the revisions come from. Default: the checkout run-bench.sh is in.")
    Path repository;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @ParentCommand
    RunCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        judging.validate();
        load.validate();
        server.validate();
        OutputDirectory.check("--results-dir", parent.resultsDir);
        OutputDirectory.check("--charts-dir", parent.chartsDir);
        JmhRunner jmh = new JmhRunner(load.profile, parent.jmhArguments, !load.noCostAccounting);
        List<ServerSetup> setups = server.setups();
        if (setups.size() != 1) {
            throw new UserError("ab measures both revisions on one server: give one --target, one --pg-version and at most one --rtt");
        }
        load.ddl();
        Set<String> applicable = load.planner().plan(load.builtInTables(), System.out).stream()
                .map(run -> run.strategy().name()).collect(Collectors.toSet());
        GitRepository git = GitRepository.at(repository);
        Map<Side, Revision> revisions = new EnumMap<>(Side.class);
        revisions.put(Side.BASE, git.resolve(base));
        revisions.put(Side.HEAD, head == null ? git.workingTree() : git.resolve(head));
        Servers.fetchBinaries(setups.get(0).request(), System.out);

        // The verdict alone goes to standard output when it is Markdown or JSON for a tool; the progress goes to stderr.
        PrintStream stdout = System.out;
        if (judging.format != ComparisonReport.Format.TEXT) {
            System.setOut(System.err);
        }
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(parent.resultsDir);
        Path log = parent.resultsDir.resolve(ResultFiles.stamp(startedAt) + "_ab.log");
        Main.runStarted();
        Map<Side, List<ResultFile>> forks = new EnumMap<>(Side.class);
        Environment environment;
        List<SkippedStrategy> skipped = new ArrayList<>();
        try (JmhLock lock = JmhLock.acquire();
             RunDirectory runDirectory = RunDirectory.create(System.out)) {
            RevisionJars jars = new RevisionJars(git, runDirectory.path().resolve("builds"), log);
            Map<Side, String> classpaths = new EnumMap<>(Side.class);
            for (Side side : Side.values()) {
                Revision revision = revisions.get(side);
                classpaths.put(side, side == Side.HEAD && revision.equals(revisions.get(Side.BASE))
                        ? classpaths.get(Side.BASE) : jars.classpathOf(revision, System.out));
            }
            List<String> compared = compared(revisions, classpaths, applicable, skipped);
            ServerSetup setup = setups.get(0);
            try (PostgresServer started = Servers.start(setup.request(), runDirectory);
                 DelayingProxy proxy = ServerUnderTest.proxyFor(setup, started)) {
                ServerUnderTest target = ServerUnderTest.check(setup, started, proxy, runDirectory.path());
                List<SkippedStrategy> unrunnable = target.unrunnable(compared.stream().map(Strategy::named).flatMap(Optional::stream).toList());
                unrunnable.forEach(skip -> System.out.printf("Skipping %s: %s.%n", skip.strategy(), skip.reason()));
                skipped.addAll(unrunnable);
                List<String> measured = compared.stream().filter(name -> unrunnable.stream().noneMatch(skip -> skip.strategy().equals(name)))
                        .toList();
                if (measured.isEmpty()) {
                    throw new UserError("none of the strategies asked for runs on both revisions and this server");
                }
                ForkLauncher launcher = new ForkLauncher(target.loads(), forwardedLoadOptions(),
                        JmhRunner.withoutForkCount(parent.jmhArguments), runDirectory.path().resolve("launches"), log);
                List<Interleaving.Step> steps = Interleaving.of(measured, jmh.forks());
                System.out.printf("%nMeasuring %d strateg%s, %d fork%s a side, interleaved: %d launches. Their output goes to %s.%n",
                        measured.size(), measured.size() == 1 ? "y" : "ies", jmh.forks(), jmh.forks() == 1 ? "" : "s", steps.size(), log);
                String line = "[%" + digits(steps.size()) + "d/%d] %-" + width(revisions.entrySet().stream()
                        .map(entry -> sideName(entry.getKey(), entry.getValue())).toList())
                        + "s  %-" + width(measured) + "s  fork %d of %d  %s  %s%n";
                for (int i = 0; i < steps.size(); i++) {
                    Interleaving.Step step = steps.get(i);
                    Instant launched = Instant.now();
                    ResultFile fork = launcher.run(revisions.get(step.side()), classpaths.get(step.side()), step.strategy());
                    forks.computeIfAbsent(step.side(), side -> new ArrayList<>()).add(fork);
                    System.out.printf(line, i + 1, steps.size(), sideName(step.side(), revisions.get(step.side())), step.strategy(),
                            step.fork(), jmh.forks(), rates(fork), seconds(Duration.between(launched, Instant.now())));
                }
                environment = target.environment();
            }
        } finally {
            Main.runEnded();
        }
        Duration took = Duration.between(startedAt, Instant.now());
        Map<Side, Path> files = new EnumMap<>(Side.class);
        Map<Side, ResultFile> results = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            List<ResultFile> sideForks = forks.get(side);
            Environment seen = sideForks.get(0).environment().seenFrom(environment.postgres().target(), environment.network());
            String label = sideName(side, revisions.get(side));
            ResultFile merged = ForkMerge.merge(sideForks, startedAt.toString(), load.profile.name().toLowerCase(), seen, skipped, label);
            results.put(side, merged);
            files.put(side, ResultFiles.write(parent.resultsDir, ResultFiles.baseName(startedAt, seen, load.profile.name())
                    + "_" + side.name().toLowerCase() + "-" + revisions.get(side).shortName(), merged));
        }
        System.out.printf("%nBoth revisions measured on one server in %s. Result files:%n  %s%n  %s%n", minutes(took),
                files.get(Side.BASE), files.get(Side.HEAD));
        Reporter.render(List.of(files.get(Side.BASE), files.get(Side.HEAD)), parent.chartsDir)
                .forEach(file -> System.out.println("Report:      " + file));
        System.out.println();
        Comparison comparison = Comparison.of(results.get(Side.BASE).label(), results.get(Side.BASE),
                results.get(Side.HEAD).label(), results.get(Side.HEAD), judging.thresholdPercent, judging.alpha);
        System.setOut(stdout);
        return judging.print(comparison);
    }

    /**
     * The strategies asked for that both revisions have and the plan can load; those only one side
     * has are named, recorded as skipped on both sides, and never compared.
     */
    private List<String> compared(Map<Side, Revision> revisions, Map<Side, String> classpaths, Set<String> applicable,
                                  List<SkippedStrategy> skipped) throws IOException {
        boolean named = spec.commandLine().getParseResult().hasMatchedOption("--strategies");
        StrategyNames.Shared shared = StrategyNames.shared(named ? load.strategies.stream().map(Strategy::name).toList() : null,
                StrategyNames.of(revisions.get(Side.BASE), classpaths.get(Side.BASE)),
                StrategyNames.of(revisions.get(Side.HEAD), classpaths.get(Side.HEAD)));
        Map<Side, List<String>> missing = Map.of(Side.BASE, shared.missingInBase(), Side.HEAD, shared.missingInHead());
        for (Side side : Side.values()) {
            for (String strategy : missing.get(side)) {
                String reason = side.name().toLowerCase() + " " + revisions.get(side).label() + " has no such strategy, so it is not compared";
                System.out.printf("Missing %s: %s.%n", strategy, reason);
                skipped.add(new SkippedStrategy(strategy, reason));
            }
        }
        List<String> compared = shared.compared().stream()
                .filter(name -> Strategy.named(name).isEmpty() || applicable.contains(name)).toList();
        if (compared.isEmpty()) {
            throw new UserError("no strategy asked for is in both " + revisions.get(Side.BASE).label() + " and "
                    + revisions.get(Side.HEAD).label() + " and loads the tables asked for");
        }
        return compared;
    }

    /** The load options the user gave, as given, for each side's launcher; --strategies is the A/B run's to set per launch. */
    private List<String> forwardedLoadOptions() {
        Set<String> loadOptions = spec.mixins().get("load").options().stream().map(OptionSpec::longestName)
                .filter(name -> !name.equals("--strategies")).collect(Collectors.toSet());
        List<String> words = new ArrayList<>();
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (!loadOptions.contains(option.longestName())) {
                continue;
            }
            if (option.arity().max() == 0) {
                words.add(option.longestName());
            }
            for (String value : option.arity().max() == 0 ? List.<String>of() : option.originalStringValues()) {
                words.add(option.longestName());
                words.add(value);
            }
        }
        return words;
    }

    /** The fork's rows/s, one figure per benchmark it ran (the mean of its measured loads). */
    private static String rates(ResultFile fork) {
        return fork.summary().stream().map(row -> String.format("%,.0f", row.rowsPerSecond())).collect(Collectors.joining(" / "))
                + " rows/s";
    }

    /** {@code base HEAD~1 (1a2b3c4)}: a side as the console, the result file and the reports name it. */
    private static String sideName(Side side, Revision revision) {
        return side.name().toLowerCase() + " " + revision.label();
    }

    private static int width(List<String> texts) {
        return texts.stream().mapToInt(String::length).max().orElse(1);
    }

    private static int digits(int count) {
        return String.valueOf(count).length();
    }

    private static String seconds(Duration duration) {
        return String.format("%.0f s", duration.toMillis() / 1000.0);
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
