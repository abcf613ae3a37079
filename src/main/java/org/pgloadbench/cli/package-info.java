/**
 * The command line ({@code ./run-bench.sh} and its subcommands), on one start-up path
 * ({@link org.pgloadbench.cli.Sitting}). Add an option here: what to load in
 * {@link org.pgloadbench.cli.LoadOptions}, which server in {@link org.pgloadbench.cli.ServerOptions},
 * anything else in the command's own class. The only package that may use every other.
 */
@MayImport({
    "ab",
    "bench",
    "bench.launch",
    "compare",
    "dataset",
    "export",
    "gallery",
    "lifecycle",
    "network",
    "psql",
    "report",
    "result",
    "server",
    "strategy",
    "sustain"
})
package org.pgloadbench.cli;

import org.pgloadbench.MayImport;
