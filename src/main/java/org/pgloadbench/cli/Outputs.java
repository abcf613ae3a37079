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

    static void check(String option, Path directory) {
        if (directory.toString().isEmpty()) {
            throw new UserError(option + " needs a directory, not an empty string");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError(option + " " + directory + " is a file, not a directory");
        }
        try {
            Files.createDirectories(directory);
            Files.delete(Files.createTempFile(directory, ".pgload-bench-write-check", ".tmp"));
        } catch (IOException e) {
            throw new UserError(option + " " + directory + " cannot be written to (" + e.getMessage() + ")", e);
        }
    }
}
