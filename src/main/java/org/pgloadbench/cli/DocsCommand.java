package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pgloadbench.UserError;
import org.pgloadbench.report.GeneratedDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Regenerates the figures, tables and charts of the checkout's documents (README.md, TUTORIAL.md,
 * docs/) from the committed result files each names; their prose stays as written.
 */
@Command(
        name = "docs",
        aliases = "tutorial",
        sortOptions = false,
        description = {
            "Regenerates the generated parts of README.md, TUTORIAL.md and docs/*.md (figures, tables, the tutorial's "
                    + "chart) from the result files each names; their prose stays as written.",
            "With --check, changes nothing and says whether every document matches what it would generate."
        },
        footer = {"", "Exit status: 0 up to date (or regenerated), 1 out of date (--check), 2 bad input."})
final class DocsCommand implements Callable<Integer> {
    @Option(
            names = "--checkout",
            paramLabel = "DIR",
            defaultValue = "${env:PGLOADBENCH_CHECKOUT:-.}",
            description = "The checkout whose documents to regenerate. Default: the one run-bench.sh is in.")
    Path checkout;

    @Option(names = "--check", description = "Only compare; exit 1 if a document is out of date.")
    boolean check;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws IOException {
        List<Path> documents = documents();
        if (documents.isEmpty()) {
            throw new UserError("there is no document with generated parts in " + checkout.toAbsolutePath());
        }
        Path root = checkout.toAbsolutePath();
        List<Path> outOfDate = new ArrayList<>();
        for (Path document : documents) {
            String written = Files.readString(document, StandardCharsets.UTF_8);
            String generated;
            try {
                generated = GeneratedDocs.regenerate(written, root, !check);
            } catch (UserError e) {
                throw new UserError(root.relativize(document) + ": " + e.getMessage(), e);
            }
            if (generated.equals(written)) {
                continue;
            }
            if (check) {
                outOfDate.add(root.relativize(document));
            } else {
                Files.writeString(document, generated, StandardCharsets.UTF_8);
                System.out.println("Regenerated " + root.relativize(document) + ".");
            }
        }
        if (!outOfDate.isEmpty()) {
            System.out.println("Out of date: " + outOfDate + "; run ./run-bench.sh docs to regenerate their figures.");
            return Main.BENCHMARK_FAILED;
        }
        System.out.println(documents.size() + " documents match the result files they name.");
        return 0;
    }

    /** The checkout's Markdown files with generated parts: the top level's and those under docs/. */
    private List<Path> documents() throws IOException {
        if (!Files.isDirectory(checkout)) {
            throw new UserError("--checkout " + checkout + " is not a directory");
        }
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> top = Files.list(checkout)) {
            top.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        Path docs = checkout.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> below = Files.walk(docs)) {
                below.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
            }
        }
        List<Path> generated = new ArrayList<>();
        for (Path document : documents) {
            if (GeneratedDocs.hasGeneratedParts(Files.readString(document, StandardCharsets.UTF_8))) {
                generated.add(document.toAbsolutePath());
            }
        }
        return generated;
    }
}
