package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pgloadbench.UserError;
import org.pgloadbench.report.Reporter;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;

/**
 * Where a command writes: result files and their logs, and charts and report pages. Both are proven
 * writable before any work starts, so no finished run is lost on a directory it cannot write.
 */
record Outputs(Path results, Path charts) {
    void check() {
        check("--results-dir", results);
        check("--charts-dir", charts);
    }

    /** The empty log beside a result file of that base name, to which a run appends JMH's output. */
    Path newLog(String baseName) throws IOException {
        return ResultFiles.newLog(results, baseName);
    }

    /** Writes a result file whole, never over another; returns its path. */
    Path write(String baseName, ResultFile result) throws IOException {
        return ResultFiles.write(results, baseName, result);
    }

    /** Charts and report pages of these result files; returns every file written. */
    List<Path> render(List<Path> resultFiles) throws IOException {
        return Reporter.render(resultFiles, charts);
    }

    /**
     * Refuses a directory that cannot take the run's files, without creating anything: a directory
     * not there yet is made when the first file is written into it, so a run refused for another
     * reason leaves nothing behind.
     */
    static void check(String option, Path directory) {
        if (directory.toString().isEmpty()) {
            throw new UserError(option + " needs a directory, not an empty string");
        }
        if (Files.isSymbolicLink(directory) && !Files.exists(directory)) {
            throw new UserError(option + " " + directory + " is a symbolic link that leads nowhere (to itself, "
                    + "round a loop, or to something missing)");
        }
        if (Files.exists(directory)) {
            if (!Files.isDirectory(directory)) {
                throw new UserError(option + " " + directory + " is a file, not a directory");
            }
            if (!Files.isWritable(directory)) {
                throw new UserError(option + " " + directory + " cannot be written to (no permission to write, or a "
                        + "read-only file system)");
            }
            return;
        }
        Path ancestor = directory.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null || !Files.isDirectory(ancestor)) {
            throw new UserError(option + " " + directory + " cannot be written to: "
                    + (ancestor == null ? "no part of its path exists" : ancestor + " is a file, not a directory"));
        }
        if (!Files.isWritable(ancestor)) {
            throw new UserError(option + " " + directory + " cannot be written to: it would be made in " + ancestor
                    + ", which cannot be written to");
        }
    }
}
