package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.PasswordRole;

/**
 * A password given in any URL form authenticates a real run, and appears in nothing the run prints
 * or writes: not the console, the result file, the charts and pages, nor any file left in the
 * temporary directory.
 */
class PasswordIT {
    private static final String ROLE = "pgload_url_forms";
    private static final String PASSWORD = "S3cr3tXYZ";

    @TempDir
    Path directory;

    @BeforeAll
    static void roleThatNeedsItsPassword() throws Exception {
        PasswordRole.create(ROLE, PASSWORD);
    }

    /** HOST_PORT_DB is replaced by the test server's localhost:port/postgres. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://HOST_PORT_DB?user=" + ROLE + "&password=" + PASSWORD,
                "jdbc:postgresql://HOST_PORT_DB?password=S3cr3t%58YZ&user=" + ROLE,
                "jdbc:postgresql://" + ROLE + ":" + PASSWORD + "@HOST_PORT_DB",
                "postgresql://" + ROLE + ":S3cr3t%58YZ@HOST_PORT_DB",
            })
    void authenticatesAndIsNeverShown(String form) throws Exception {
        String hostPortDb =
                EmbeddedPostgresForTests.server().connection().jdbcUrl().substring("jdbc:postgresql://".length());
        LauncherProcess.Outcome outcome = LauncherProcess.tinyRun(
                directory,
                1,
                "--jdbc-url",
                form.replace("HOST_PORT_DB", hostPortDb),
                "--strategies",
                "COPY_BINARY",
                "--rows",
                "100");

        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(" as " + ROLE + ";"), outcome.output());
        assertNoSecret("the console", outcome.output());
        try (Stream<Path> written = Files.walk(directory)) {
            for (Path file : written.filter(Files::isRegularFile).toList()) {
                assertNoSecret(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> passwordFiles = temporary
                    .filter(file -> file.getFileName().toString().endsWith(".password"))
                    .toList();
            assertEquals(List.of(), passwordFiles);
        }
    }

    private static void assertNoSecret(String where, String text) {
        assertFalse(text.contains(PASSWORD) || text.contains("S3cr3t%58YZ"), "the password is in " + where);
    }
}
