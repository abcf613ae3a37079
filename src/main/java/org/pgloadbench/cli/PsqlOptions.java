package org.pgloadbench.cli;

import org.pgloadbench.psql.Psql;
import org.pgloadbench.server.ConnectionSettings;
import picocli.CommandLine.Option;

/** {@code --compare-psql} and {@code --psql}: psql loading the same rows beside the Java strategies, in a run or a sustained run. */
final class PsqlOptions {
    @Option(
            names = "--compare-psql",
            description =
                    "Also time psql loading the same rows as each strategy that has a psql counterpart, the same way (\\copy text and binary, scripts of the same multi-row statements): Java/psql ratios in a run, psql's own timeline beside the strategy's in sustain.")
    boolean comparePsql;

    @Option(
            names = "--psql",
            paramLabel = "PATH",
            description = "The psql binary for --compare-psql. Default: ${DEFAULT-VALUE}.")
    String program = "psql";

    /** Checks, before any server starts, that the program is PostgreSQL's client; nothing without --compare-psql. */
    void validate() {
        if (comparePsql) {
            Executables.require(
                    "--psql", program, "install the PostgreSQL client (e.g. apt-get install postgresql-client)");
            Psql.requireProgram(program);
        }
    }

    /** psql against that server, checked to reach it; null without --compare-psql. */
    Psql connectedTo(ConnectionSettings server) {
        if (!comparePsql) {
            return null;
        }
        Psql psql = new Psql(program, server);
        psql.checkConnects();
        return psql;
    }
}
