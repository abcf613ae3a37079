package org.pgloadbench.cli;

import picocli.CommandLine.Option;

/** {@code -h}, {@code --help}: the same on every command, mixed into each. */
final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;
}
