package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgloadbench.UserError;
import org.pgloadbench.report.Tutorial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates TUTORIAL.md's tables, figures and chart from the committed result file it names. */
@Command(
        name = "tutorial",
        sortOptions = false,
        description = {
            "Regenerates the figures, tables and chart of TUTORIAL.md from the result file it names; its prose stays as written.",
            "With --check, changes nothing and says whether TUTORIAL.md matches what it would generate."
        },
        footer = {"", "Exit status: 0 up to date (or regenerated), 1 out of date (--check), 2 bad input."})
final class TutorialCommand implements Callable<Integer> {
    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "The tutorial. Default: TUTORIAL.md in the checkout (${DEFAULT-VALUE}).")
    Path file = Path.of(System.getenv().getOrDefault("PGLOADBENCH_CHECKOUT", "."), "TUTORIAL.md");

    @Option(names = "--check", description = "Only compare; exit 1 if the tutorial is out of date.")
    boolean check;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("there is no tutorial at " + file);
        }
        String written = Files.readString(file, StandardCharsets.UTF_8);
        Path root = file.toAbsolutePath().getParent();
        if (check) {
            if (Tutorial.regenerate(written, root, false).equals(written)) {
                System.out.println(file + " matches the result files it names.");
                return 0;
            }
            System.out.println(file + " is out of date: run ./run-bench.sh tutorial to regenerate its figures.");
            return Main.BENCHMARK_FAILED;
        }
        try {
            Files.writeString(file, Tutorial.regenerate(written, root, true), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write the tutorial or its chart: " + e.getMessage(), e);
        }
        System.out.println("Regenerated " + file + " and its chart in " + root.resolve("charts") + ".");
        return 0;
    }
}
