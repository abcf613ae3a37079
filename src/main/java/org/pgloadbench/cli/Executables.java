package org.pgloadbench.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.pgloadbench.UserError;

/** Finds a program the way the shell would: a path as given, a bare name on PATH. */
final class Executables {
    private Executables() {}

    /** @throws UserError naming {@code option} and what to do when {@code program} cannot be run */
    static void require(String option, String program, String remedy) {
        boolean found = program.contains(File.separator)
                ? Files.isExecutable(Path.of(program))
                : Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(directory -> !directory.isEmpty())
                        .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
        if (!found) {
            throw new UserError(
                    option + " " + program + ": no such program" + (program.contains(File.separator) ? "" : " on PATH")
                            + "; " + remedy + ", or name it with " + option + " PATH");
        }
    }
}
