package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.testcontainers.DockerClientFactory;

/** Mistakes a user can make end in one sentence and exit status 2, never a stack trace. */
class CommandLineErrorsIT {
    @TempDir
    Path directory;

    @Test
    void unknownStrategy() throws Exception {
        assertUsageError("Invalid value for option '--strategies'", "--strategies", "COPY_TEXT,NOPE");
    }

    @Test
    void nonPositiveRows() throws Exception {
        assertUsageError("--rows must be at least 1", "--rows", "0");
    }

    @Test
    void negativeRows() throws Exception {
        assertUsageError("--rows must be at least 1, not -5", "--rows", "-5");
    }

    @Test
    void badNumber() throws Exception {
        assertUsageError("Invalid value for option '--rows': 'many' is not an int", "--rows", "many");
    }

    @Test
    void databaseThatDoesNotExist() throws Exception {
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl().replace("/postgres", "/no_such_db") + "?user=postgres";
        assertUsageError("database \"no_such_db\" does not exist", "--jdbc-url", url);
    }

    /** The embedded server trusts local users; this test gives one role a password and scram first. */
    @Test
    void wrongPassword() throws Exception {
        try (Connection admin = EmbeddedPostgresForTests.server().connection().open();
             Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS pgload_password_test");
            statement.execute("CREATE ROLE pgload_password_test LOGIN PASSWORD 'right-password'");
            ResultSet hbaFile = statement.executeQuery("SHOW hba_file");
            hbaFile.next();
            Path hba = Path.of(hbaFile.getString(1));
            String rules = Files.readString(hba);
            if (!rules.startsWith("host all pgload_password_test")) {
                Files.writeString(hba, "host all pgload_password_test 127.0.0.1/32 scram-sha-256\n"
                        + "host all pgload_password_test ::1/128 scram-sha-256\n" + rules);
            }
            statement.execute("SELECT pg_reload_conf()");
        }
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=pgload_password_test&password=wrong-password";
        assertUsageError("password authentication failed for user \"pgload_password_test\"", "--jdbc-url", url);
    }

    @Test
    void unknownFlag() throws Exception {
        assertUsageError("Unknown option: '--frobnicate'", "--frobnicate");
    }

    @Test
    void invalidJmhOptions() throws Exception {
        assertUsageError("the JMH options after -- are not valid", "--rows", "10", "--", "-wi", "many");
    }

    @Test
    void unreachableServer() throws Exception {
        assertUsageError("cannot use the server at jdbc:postgresql://127.0.0.1:1/none",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none?user=me&password=s3cret");
    }

    @Test
    void passwordNeverPrinted() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory,
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none?password=s3cret&user=me");
        assertFalse(outcome.output().contains("s3cret"), outcome.output());
    }

    @Test
    void containerTargetWithoutDocker() throws Exception {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        assertUsageError("Docker is not available here", "--target", "container");
    }

    private void assertUsageError(String expected, String... arguments) throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory, arguments);
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(expected), outcome.output());
        assertFalse(outcome.output().contains("\tat "), "no stack trace:\n" + outcome.output());
    }
}
