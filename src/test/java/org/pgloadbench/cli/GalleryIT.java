package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery as a contributor and a reader meet it: runs added under two machines, one refused,
 * the page drawn, then opened in a real headless Chromium, whole and filtered, with nothing on the
 * page's console.
 */
class GalleryIT {
    /** Two machines of this project: the AMD EPYC VM of 2026-11-22 at PostgreSQL 14 and 18, the Intel Xeon VM at 18. */
    private static final String EPYC_PG14 = "results/2026-11-22T134259Z_vm_embedded-pg14_quick.json";

    private static final String EPYC_PG18 = "results/2026-11-22T135941Z_vm_embedded-pg18_quick.json";
    private static final String XEON_PG18 = "results/2026-12-07T133332Z_vm_embedded-pg18_quick.json";

    @TempDir
    Path directory;

    @Test
    void runsAddedUnderTwoMachinesDrawOnePageThatFilters() throws Exception {
        Path gallery = directory.resolve("gallery");
        add(EPYC_PG14, "dev VM, AMD EPYC");
        add(EPYC_PG18, "dev VM, AMD EPYC");
        LauncherProcess.Outcome added = add(XEON_PG18, "dev VM, Intel Xeon", "--disk", "virtio block device");
        assertTrue(added.output().contains("Added "), added.output());
        assertTrue(Files.exists(gallery.resolve("dev-vm-intel-xeon/machine.json")));

        LauncherProcess.Outcome again = add(XEON_PG18, "dev VM, Intel Xeon");
        assertEquals(2, again.exitCode(), again.output());
        assertTrue(again.output().contains("is in the gallery already: a run is added once"), again.output());

        Path page = directory.resolve("site/gallery.html");
        LauncherProcess.Outcome drawn = LauncherProcess.run(
                directory, "gallery", "--gallery-dir", gallery.toString(), "--output", page.toString());
        assertEquals(0, drawn.exitCode(), drawn.output());
        assertTrue(drawn.output().contains("(3 runs of 2 machines, "), drawn.output());

        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
        HeadlessChromium.Output whole =
                HeadlessChromium.run(directory, "--dump-dom", page.toUri().toString());
        assertTrue(whole.out().contains("data-drawn=\"yes\""), "the script ran to its end:\n" + whole.out());
        assertEquals(
                List.of("dev VM, AMD EPYC", "dev VM, Intel Xeon"),
                machinesShown(whole.out()),
                "each machine's latest PostgreSQL run, in the gallery's order");
        assertTrue(whole.out().contains("COPY_BINARY"), whole.out());
        assertFalse(whole.out().contains("NaN"), whole.out());
        assertEquals(List.of(), consoleErrors(whole.log()));

        HeadlessChromium.Output filtered =
                HeadlessChromium.run(directory, "--dump-dom", page.toUri() + "?pg=14&profile=quick");
        assertEquals(List.of("dev VM, AMD EPYC"), machinesShown(filtered.out()), "only the EPYC VM ran PostgreSQL 14");
        assertTrue(filtered.out().contains("No run passes the filters on dev VM, Intel Xeon."), filtered.out());
        assertEquals(List.of(), consoleErrors(filtered.log()));
    }

    /** A name is text wherever the page shows it: one that looks like markup neither runs nor stops the page's script. */
    @Test
    void aMachineNamedLikeMarkupIsShownAsText() throws Exception {
        String name = "x </script><!--<script> \"y\" & z";
        assertEquals(0, add(XEON_PG18, name).exitCode());
        Path page = directory.resolve("gallery.html");
        LauncherProcess.Outcome drawn = LauncherProcess.run(
                directory,
                "gallery",
                "--gallery-dir",
                directory.resolve("gallery").toString(),
                "--output",
                page.toString());
        assertEquals(0, drawn.exitCode(), drawn.output());
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
        HeadlessChromium.Output shown =
                HeadlessChromium.run(directory, "--dump-dom", page.toUri().toString());
        assertTrue(shown.out().contains("data-drawn=\"yes\""), shown.out());
        assertTrue(shown.out().contains("x &lt;/script&gt;&lt;!--&lt;script&gt; \"y\" &amp; z"), shown.out());
        assertEquals(List.of(), consoleErrors(shown.log()));
    }

    @Test
    void anIncompleteRunIsRefused() throws Exception {
        LauncherProcess.Outcome refused = add("results/2026-12-07T173854Z_vm_embedded-pg18_quick_crossover.json", "x");
        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("is an incomplete run"), refused.output());
        assertFalse(Files.exists(directory.resolve("gallery")), "nothing written");
    }

    private LauncherProcess.Outcome add(String result, String machine, String... more) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "gallery",
                "add",
                Path.of(result).toAbsolutePath().toString(),
                "--machine",
                machine,
                "--gallery-dir",
                directory.resolve("gallery").toString()));
        arguments.addAll(List.of(more));
        return LauncherProcess.run(directory, arguments.toArray(String[]::new));
    }

    /** The machines of the rows/sec table's header, as the page drew it. */
    private static List<String> machinesShown(String dom) {
        int table = dom.indexOf("<table id=\"rates\">");
        String header = dom.substring(table, dom.indexOf("</tr>", table));
        Matcher machine =
                Pattern.compile("<th class=\"machine\">([^<(]*?) \\(PostgreSQL").matcher(header);
        List<String> names = new java.util.ArrayList<>();
        while (machine.find()) {
            names.add(machine.group(1));
        }
        return names;
    }

    /** The page's console messages that report an error, from Chromium's log. */
    private static List<String> consoleErrors(String log) {
        return log.lines()
                .filter(line -> line.contains("CONSOLE"))
                .filter(line -> line.contains("Uncaught") || line.contains("Error"))
                .toList();
    }
}
