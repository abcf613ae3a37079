package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pgloadbench.Sentence;
import org.pgloadbench.UserError;
import org.pgloadbench.export.ExportFormat;
import org.pgloadbench.result.AtomicFiles;
import org.pgloadbench.result.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a result file in a format another tool reads, to standard output or a file. */
@Command(
        name = "export",
        sortOptions = false,
        description = {
            "Writes a result file (of this version or an older one) in a format other tools read:",
            "  jmh                            JMH's own JSON array (JMH Visualizer, github-action-benchmark's jmh tool)",
            "  github-action-benchmark        rows/sec for its customBiggerIsBetter tool",
            "  github-action-benchmark-costs  WAL bytes and server CPU per row for its customSmallerIsBetter tool",
            "  bmf                            Bencher Metric Format: rows/sec, WAL and CPU per row",
            "Every run also writes the jmh format beside its result file, as <run>.jmh.json."
        },
        footer = {"", "Exit status: 0 written, 2 bad input."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The result file to export.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format, as listed above.")
    String format;

    @Option(names = "--output", paramLabel = "PATH", description = "The file to write. Default: standard output.")
    Path output;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = ExportFormat.named(format)
                .orElseThrow(() -> new UserError(
                        "--format " + format + " is not a format export writes: give " + ExportFormat.names()));
        if (output != null && Files.isDirectory(output)) {
            throw new UserError("--output " + output + " is a directory: name the file to write");
        }
        if (output != null
                && output.toAbsolutePath()
                        .normalize()
                        .equals(file.toAbsolutePath().normalize())) {
            throw new UserError("--output " + output + " is the result file itself: name another file to write");
        }
        byte[] text = chosen.text(ResultFiles.read(file)).getBytes(StandardCharsets.UTF_8);
        if (output == null) {
            System.out.write(text);
            System.out.flush();
            return 0;
        }
        try {
            AtomicFiles.replace(output, out -> out.write(text));
        } catch (IOException e) {
            throw new UserError(
                    "--output " + output + " cannot be written (" + Sentence.oneLine(e.getMessage()) + ")", e);
        }
        System.out.println("Wrote " + output);
        return 0;
    }
}
