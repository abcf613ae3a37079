package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pgloadbench.UserError;
import org.pgloadbench.gallery.Gallery;
import org.pgloadbench.gallery.GalleryEntry;
import org.pgloadbench.gallery.Machine;
import org.pgloadbench.report.GalleryPage;
import org.pgloadbench.result.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The results gallery: draws its page, or adds a run to it. */
@Command(
        name = "gallery",
        sortOptions = false,
        subcommands = {GalleryCommand.Add.class},
        description = {
            "Draws one static HTML page from the gallery: each machine's latest run, rows/sec per strategy, each machine's "
                    + "share of its best, ratios against a reference machine, filters by PostgreSQL version and profile.",
            "gallery add RESULT --machine NAME adds a run (see --help of add)."
        },
        footer = {"", "Exit status: 0 written, 2 bad input (a file the gallery cannot take is named)."})
final class GalleryCommand implements Callable<Integer> {
    @ParentCommand
    RunCommand parent;

    @Mixin
    GalleryDirectory gallery;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "The page to write. Default: gallery.html in the charts directory.")
    Path output;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws IOException {
        Path page = output != null ? output : parent.chartsDir.resolve("gallery.html");
        if (Files.isDirectory(page)) {
            throw new UserError("--output " + page + " is a directory: name the page to write");
        }
        List<GalleryEntry> entries = Gallery.read(gallery.directory);
        byte[] html = GalleryPage.html(
                        entries, gallery.directory.toAbsolutePath().getParent())
                .getBytes(StandardCharsets.UTF_8);
        Path parentDirectory = page.toAbsolutePath().getParent();
        Files.createDirectories(parentDirectory);
        AtomicFiles.replace(page, out -> out.write(html));
        long machines =
                entries.stream().map(entry -> entry.machine().name()).distinct().count();
        System.out.printf(
                "Gallery page: %s (%d runs of %d machines, %,d KB)%n",
                page, entries.size(), machines, (html.length + 1023) / 1024);
        return 0;
    }

    /** {@code --gallery-dir}: the checkout's gallery/ unless another is named. */
    static final class GalleryDirectory {
        @Option(
                names = "--gallery-dir",
                paramLabel = "DIR",
                defaultValue = "${env:PGLOADBENCH_CHECKOUT:-.}/gallery",
                description = "The gallery's directory. Default: gallery/ in the checkout.")
        Path directory;
    }

    @Command(
            name = "add",
            sortOptions = false,
            description = {
                "Adds a complete result file to the gallery under the machine's name, checked as report checks it, with "
                        + "what a result file cannot say for itself: the disk and a cloud instance type."
            },
            footer = {"", "Exit status: 0 added, 2 bad input (nothing is written)."})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "RESULT", description = "The result file of the run to add.")
        Path result;

        @Option(
                names = "--machine",
                required = true,
                paramLabel = "NAME",
                description = "The machine's name in the gallery, such as 'laptop, M2 Pro' or 'c7i.xlarge, gp3'.")
        String machine;

        @Option(
                names = "--disk",
                paramLabel = "TEXT",
                description = "The disk the server's data lived on, such as 'NVMe SSD'.")
        String disk;

        @Option(names = "--instance-type", paramLabel = "TEXT", description = "The cloud instance type, if any.")
        String instanceType;

        @Mixin
        GalleryDirectory gallery;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() throws IOException {
            Path copy = Gallery.add(gallery.directory, result, new Machine(machine, disk, instanceType));
            System.out.println("Added " + copy + "; ./run-bench.sh gallery draws the page.");
            return 0;
        }
    }
}
