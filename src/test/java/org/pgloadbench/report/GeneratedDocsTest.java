package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pgloadbench.UserError;
import org.pgloadbench.strategy.Strategy;

/** The committed documents say what their committed result files say, and the tutorial leaves no strategy out. */
class GeneratedDocsTest {
    private static final Path TUTORIAL = Path.of("TUTORIAL.md");

    @Test
    void everyGeneratedFigureMatchesTheResultFileItNames() throws IOException {
        String committed = Files.readString(TUTORIAL);
        assertEquals(
                committed,
                GeneratedDocs.regenerate(committed, Path.of("."), false),
                "TUTORIAL.md is out of date: run ./run-bench.sh docs");
        assertTrue(Files.size(Path.of("charts", GeneratedDocs.CHART + ".png")) > 10_000, "its chart is committed too");
    }

    /** The guides under docs/ with generated parts, several result files each (crossover, key orders, a sustained run). */
    @Test
    void everyGuideWithFiguresMatchesItsResultFiles() throws IOException {
        List<Path> guides;
        try (var files = Files.list(Path.of("docs"))) {
            guides = files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        int checked = 0;
        for (Path guide : guides) {
            String committed = Files.readString(guide);
            if (GeneratedDocs.hasGeneratedParts(committed)) {
                checked++;
                assertEquals(
                        committed,
                        GeneratedDocs.regenerate(committed, Path.of("."), false),
                        guide + " is out of date: run ./run-bench.sh docs");
            }
        }
        assertTrue(checked > 0, "docs/table-life.md has generated parts");
    }

    @Test
    void theReadmesProfilesAreTheCommittedRunsOfThem() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertEquals(
                readme,
                GeneratedDocs.regenerate(readme, Path.of("."), false),
                "README.md is out of date: run ./run-bench.sh docs");
        for (String profile : List.of("quick", "ci", "full")) {
            assertTrue(readme.contains("| `" + profile + "` |"), "the profiles table has " + profile);
        }
    }

    /** A guide may quote a mark in its prose: only a mark that begins a line is one. */
    @Test
    void aMarkQuotedInProseIsNoMark() {
        assertFalse(GeneratedDocs.hasGeneratedParts(
                "a part `<!-- generated: strategy X -->` ... `<!-- end generated -->` is filled by docs"));
        assertTrue(GeneratedDocs.hasGeneratedParts("text\n<!-- generated: profiles -->\n<!-- end generated -->\n"));
    }

    @Test
    void aPartForAStrategyTheSuiteDoesNotHaveIsRefused() throws IOException {
        String committed = Files.readString(TUTORIAL);
        String unknown = committed.replaceFirst(
                "<!-- generated: strategy " + Strategy.values()[0].name() + " -->",
                "<!-- generated: strategy NO_SUCH_STRATEGY -->");
        UserError error = assertThrows(UserError.class, () -> GeneratedDocs.regenerate(unknown, Path.of("."), false));
        assertEquals(
                "it has a generated part for strategy 'NO_SUCH_STRATEGY', which this suite does not have",
                error.getMessage());
    }

    @Test
    void everyStrategyHasASectionWithItsFigures() throws IOException {
        String committed = Files.readString(TUTORIAL);
        for (Strategy strategy : Strategy.values()) {
            assertTrue(committed.contains("\n## " + strategy.name() + "\n"), "no section for " + strategy);
            assertTrue(
                    committed.contains("<!-- generated: strategy " + strategy.name() + " -->"),
                    "no figures for " + strategy);
        }
    }

    @Test
    void anUnclosedPartIsRefusedRatherThanSwallowingTheProseAfterIt() throws IOException {
        String committed = Files.readString(TUTORIAL);
        String first = Strategy.values()[0].name();
        String unclosed = committed.replaceFirst(
                "(<!-- generated: strategy " + first + " -->\\n[^<]*)<!-- end generated -->", "$1");
        org.junit.jupiter.api.Assertions.assertNotEquals(committed, unclosed, "a part to unclose");
        org.junit.jupiter.api.Assertions.assertThrows(
                org.pgloadbench.UserError.class, () -> GeneratedDocs.regenerate(unclosed, Path.of("."), false));
    }

    @Test
    void anEditedFigureIsPutBack() throws IOException {
        String committed = Files.readString(TUTORIAL);
        String edited = committed.replaceFirst("Measured: \\*\\*[\\d,]+ rows/s\\*\\*", "Measured: **1 rows/s**");
        assertTrue(!edited.equals(committed), "the tutorial has figures to edit");
        assertEquals(committed, GeneratedDocs.regenerate(edited, Path.of("."), false));
    }
}
