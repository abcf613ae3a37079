package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs as a user meets it: regenerates, checks, and says in one sentence what is wrong with a document. */
class DocsIT {
    private static final String RESULT = "results/2026-11-22T114513Z_vm_embedded-pg18_quick.json";

    @TempDir
    Path checkout;

    @Test
    void aStaleFigureIsOutOfDateThenRegenerated() throws Exception {
        copyResult();
        Path readme = Files.writeString(
                checkout.resolve("README.md"),
                "# x\n<!-- figures from " + RESULT
                        + " -->\n<!-- generated: profiles -->\nstale\n<!-- end generated -->\n");

        LauncherProcess.Outcome check = docs("--check");
        assertEquals(1, check.exitCode(), check.output());
        assertTrue(check.output().contains("Out of date: [README.md]"), check.output());

        LauncherProcess.Outcome regenerate = docs();
        assertEquals(0, regenerate.exitCode(), regenerate.output());
        assertTrue(Files.readString(readme).contains("| `quick` |"), Files.readString(readme));
        assertEquals(0, docs("--check").exitCode());
    }

    @Test
    void aDocumentNamingAMissingResultFileIsOneSentence() throws Exception {
        Files.writeString(
                checkout.resolve("README.md"),
                "<!-- figures from results/nope.json -->\n<!-- generated: profiles -->\n<!-- end generated -->\n");
        LauncherProcess.Outcome outcome = docs("--check");
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(
                outcome.output()
                        .startsWith("run-bench.sh: README.md: " + checkout.toAbsolutePath() + "/results/nope.json: "
                                + "no such result file."),
                outcome.output());
    }

    @Test
    void anUnknownKindOrAnUnclosedPartIsOneSentence() throws Exception {
        copyResult();
        Files.writeString(
                checkout.resolve("README.md"),
                "<!-- figures from " + RESULT + " -->\n<!-- generated: horoscope -->\n<!-- end generated -->\n");
        LauncherProcess.Outcome unknown = docs();
        assertEquals(2, unknown.exitCode(), unknown.output());
        assertTrue(
                unknown.output().contains("README.md: it has a generated part of unknown kind 'horoscope'"),
                unknown.output());

        Files.writeString(
                checkout.resolve("README.md"), "<!-- figures from " + RESULT + " -->\n<!-- generated: profiles -->\n");
        LauncherProcess.Outcome unclosed = docs();
        assertEquals(2, unclosed.exitCode(), unclosed.output());
        assertTrue(unclosed.output().contains("its generated parts are not well marked"), unclosed.output());
        assertFalse(unclosed.output().contains("\tat "), unclosed.output());
    }

    @Test
    void aCheckoutWithoutGeneratedDocumentsIsOneSentence() throws Exception {
        LauncherProcess.Outcome none = docs();
        assertEquals(2, none.exitCode(), none.output());
        assertTrue(none.output().contains("there is no document with generated parts in"), none.output());

        LauncherProcess.Outcome missing = LauncherProcess.run(checkout, "docs", "--checkout", "/no/such/checkout");
        assertEquals(2, missing.exitCode(), missing.output());
        assertTrue(missing.output().contains("--checkout /no/such/checkout is not a directory"), missing.output());
    }

    private void copyResult() throws Exception {
        Files.createDirectories(checkout.resolve("results"));
        Files.copy(Path.of(RESULT), checkout.resolve(RESULT));
    }

    private LauncherProcess.Outcome docs(String... more) throws Exception {
        String[] arguments = new String[more.length + 3];
        arguments[0] = "docs";
        arguments[1] = "--checkout";
        arguments[2] = checkout.toString();
        System.arraycopy(more, 0, arguments, 3, more.length);
        return LauncherProcess.run(checkout, arguments);
    }
}
