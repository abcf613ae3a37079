package org.pgloadbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pgloadbench.UserError;

/** A directory the suite writes into, proven writable before any work starts, so no finished run is lost on it. */
final class OutputDirectory {
    private OutputDirectory() {}

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
