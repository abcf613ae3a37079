package org.pgloadbench.psql;

import java.io.IOException;

/** Whether the tests that load through psql can run here: {@code .ci/run} installs postgresql-client. */
public final class PsqlForTests {
    public static final String NOT_INSTALLED = "psql is not installed (.ci/run installs postgresql-client)";

    private PsqlForTests() {}

    public static boolean installed() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
