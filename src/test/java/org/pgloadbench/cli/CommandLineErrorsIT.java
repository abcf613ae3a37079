package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.PasswordRole;
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
        assertUsageError("--rows takes a whole number from 1 to 2,147,483,647, not 'many'", "--rows", "many");
    }

    @Test
    void aNumberPastTheLargestRowCount() throws Exception {
        assertRefusedUpFront(
                "--rows takes a whole number from 1 to 2,147,483,647, not '2147483648'", "--rows", "2147483648");
    }

    @Test
    void existingRowsThatCannotBe() throws Exception {
        assertRefusedUpFront("--existing-rows values must be 0 or more, not [0, -1]", "--existing-rows", "0,-1");
        assertRefusedUpFront(
                "--existing-rows needs realistic rows: --dataset hostile rows are loaded into an empty table only",
                "--existing-rows",
                "10",
                "--dataset",
                "hostile");
        assertRefusedUpFront(
                "--compare-psql loads psql's rows into an empty table, so it has nothing to say of loads into "
                        + "existing rows: give one or the other",
                "--existing-rows",
                "10",
                "--compare-psql");
        assertRefusedUpFront(
                "-p existingRows is set by the suite's own options; use --existing-rows instead",
                "--",
                "-p",
                "existingRows=5");
    }

    @Test
    void keyOrdersThatCannotBe() throws Exception {
        assertRefusedUpFront(
                "--key-order uuidv7 needs a uuid key, and the key id of table users is bigint",
                "--key-order",
                "uuidv7");
        assertRefusedUpFront(
                "--key-order backwards: give one of sequential, random, uuidv4, uuidv7", "--key-order", "backwards");
        assertRefusedUpFront(
                "--key-order needs realistic rows: --dataset hostile rows bring keys of their own",
                "--key-order",
                "random",
                "--dataset",
                "hostile");
        assertRefusedUpFront(
                "-p keyOrder is set by the suite's own options; use --key-order instead",
                "--",
                "-p",
                "keyOrder=random");
    }

    @Test
    void sustainedRunsThatCannotBe() throws Exception {
        assertRefusedUpFront(
                "--until-rows 10 is below one batch of 100 rows: give at least that, or a smaller --batch-rows",
                "sustain",
                "--batch-rows",
                "100",
                "--until-rows",
                "10");
        assertRefusedUpFront(
                "sustain adds batch after batch to a table that keeps its rows, and COPY_FREEZE empties the table in "
                        + "the load's own transaction, as FREEZE demands, so it cannot add rows to a table that already "
                        + "holds some",
                "sustain",
                "--strategies",
                "COPY_FREEZE");
        assertRefusedUpFront(
                "--key-order uuidv7 needs a uuid key, and the key id of table users is bigint",
                "sustain",
                "--key-order",
                "uuidv7");
        assertRefusedUpFront("--duration 10x: give a time such as 90s, 10m or 2h", "sustain", "--duration", "10x");
        assertRefusedUpFront(
                "--compare-psql has psql load the batches as MULTI_ROW_VALUES, UNNEST_ARRAYS, COPY_TEXT or COPY_BINARY "
                        + "does, and --strategies names none of them",
                "sustain",
                "--strategies",
                "INSERT_AUTOCOMMIT",
                "--compare-psql");
    }

    @Test
    void anExportThatCannotBe() throws Exception {
        assertRefusedUpFront(
                "--format csv is not a format export writes: give jmh, github-action-benchmark, "
                        + "github-action-benchmark-costs or bmf",
                "export",
                Path.of("results/2026-11-22T083456Z_vm_embedded-pg18_quick.json")
                        .toAbsolutePath()
                        .toString(),
                "--format",
                "csv");
        assertRefusedUpFront("no-such-run.json: no such result file", "export", "no-such-run.json", "--format", "bmf");
    }

    @Test
    void aServerSettingWithoutNameOrValue() throws Exception {
        for (String setting : List.of("=", "=on", "shared_buffers=", "shared_buffers")) {
            assertRefusedUpFront(
                    "--pg-setting " + setting + " needs a setting's name and its value, as in "
                            + "--pg-setting shared_buffers=1GB",
                    "--pg-setting",
                    setting);
        }
    }

    @Test
    void anImageWithoutAContainer() throws Exception {
        assertRefusedUpFront(
                "--image chooses the container's image, but this run starts no container (add --target container)",
                "--image",
                "garbage");
    }

    @Test
    void aRoundTripTooSmallToAdd() throws Exception {
        assertRefusedUpFront(
                "--rtt 0.0001us is less than the latency proxy can add (1us at the least); give 0 for no added "
                        + "round trip",
                "--rtt",
                "0.0001us");
    }

    @Test
    void aPasswordThatIsNoPercentEncodingNamesThePartNotThePassword() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory, "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x?user=me&password=a%20b%ZZsecret");
        assertOneSentence(
                outcome, "the URL's password is not valid percent-encoding: each % must be followed by two hex digits");
        assertFalse(outcome.output().contains("secret"), outcome.output());
    }

    @Test
    void aResultsDirectoryThatIsASymbolicLinkLoop() throws Exception {
        Path loop = directory.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        assertRefusedUpFront(
                "--results-dir " + loop + " is a symbolic link that leads nowhere", "--results-dir", loop.toString());
    }

    /** Directories named for a run that is refused for another reason are not made. */
    @Test
    void aRefusedRunLeavesNoDirectoryBehind() throws Exception {
        Path results = directory.resolve("rel-results");
        Path charts = directory.resolve("rel").resolve("..").resolve("rel-charts");
        assertRefusedUpFront(
                "--bad-row-percent must be between 0 and 100, not 200.0",
                "--results-dir",
                results.toString(),
                "--charts-dir",
                charts.toString(),
                "--bad-row-percent",
                "200");
        assertFalse(
                Files.exists(results)
                        || Files.exists(directory.resolve("rel"))
                        || Files.exists(directory.resolve("rel-charts")),
                "nothing made");
    }

    @Test
    void aProgramThatIsNotPsql() throws Exception {
        assertRefusedUpFront(
                "--psql /bin/false does not answer as psql does", "--compare-psql", "--psql", "/bin/false");
        assertRefusedUpFront(
                "--psql /bin/true does not answer as psql does (its --version printed '",
                "--compare-psql",
                "--psql",
                "/bin/true");
    }

    /** Sixty characters are sixty, whatever their script; the letters of every script stay in file names. */
    @Test
    void aLabelCountsCharactersNotCodeUnits() throws Exception {
        String sixtyEmoji = "\uD83D\uDE80".repeat(60);
        assertRefusedUpFront(
                "--results-dir needs a directory, not an empty string", "--label", sixtyEmoji, "--results-dir", "");
        assertRefusedUpFront(
                "--label needs 1 to 60 characters of text on one line", "--label", "漢".repeat(61), "--results-dir", "");
    }

    @Test
    void tableFeaturesThatCannotBe() throws Exception {
        assertRefusedUpFront(
                "--table-feature partitions:5000: 'partitions:5000' is not a feature; give none, or one or more of "
                        + "trigger, fk, volatile-default, generated joined by +",
                "--table-feature",
                "none,partitions:5000");
        assertRefusedUpFront(
                "--table-feature trigger+trigger names trigger twice; give each feature once",
                "--table-feature",
                "trigger+trigger");
        assertRefusedUpFront(
                "sustain loads tables without features for now; --table-feature is for a run",
                "sustain",
                "--table-feature",
                "trigger");
        assertRefusedUpFront(
                "--compare-psql loads psql's rows into a table without features, so it has nothing to say of "
                        + "--table-feature: give one or the other",
                "--compare-psql",
                "--table-feature",
                "fk");
        assertUsageError(
                "--table-feature fk makes the key reference a parent table, and table events_log has no key of one "
                        + "column the suite sends",
                "--table-ddl",
                ddl("CREATE TABLE events_log (at timestamptz NOT NULL, message text)")
                        .toString(),
                "--table-feature",
                "trigger,fk");
    }

    @Test
    void tableDdlThatIsNoUtf8Text() throws Exception {
        Path binary = Files.write(directory.resolve("table.sql"), new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF});
        assertRefusedUpFront(
                "--table-ddl " + binary + " is not UTF-8 text, as a CREATE TABLE statement would be",
                "--table-ddl",
                binary.toString());
    }

    @Test
    void tableDdlThatTheTextShowsCannotBeLoadedIsRefusedBeforeAnyServer() throws Exception {
        assertRefusedUpFront(
                "--table-ddl creates a table named users, which is the name of a built-in table",
                "--table-ddl",
                ddl("-- mine\nCREATE TABLE IF NOT EXISTS public.Users (id bigint PRIMARY KEY)")
                        .toString());
        assertRefusedUpFront(
                "--table-ddl creates the partitioned table parted, which the suite does not load yet",
                "--table-ddl",
                ddl("CREATE TABLE parted (id bigint, at date) PARTITION BY RANGE (at)")
                        .toString());
        assertRefusedUpFront(
                "--table-ddl creates scratch as a temporary or unlogged table; give a plain (logged) one",
                "--table-ddl",
                ddl("CREATE TEMP TABLE scratch (id bigint)").toString());
        assertRefusedUpFront(
                "table only_ids has no column the suite can send: all are identity, generated or serial",
                "--table-ddl",
                ddl("CREATE TABLE only_ids (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n bigserial)")
                        .toString());
    }

    @Test
    void tableDdlTheServerRefusesIsItsFirstLine() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "--table-ddl",
                ddl("CREATE TABLE nosuchschema.t (id bigint)").toString(),
                "--jdbc-url",
                EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres");
        assertOneSentence(outcome, "does not run on this server: ERROR: schema \"nosuchschema\" does not exist.");
        assertTrue(lastLine(outcome).startsWith("run-bench.sh: "), outcome.output());
        assertFalse(outcome.output().contains("Position"), outcome.output());
    }

    /** The keys the loaded rows continue would run out: known from the table's columns, before any load. */
    @Test
    void moreRowsThanTheKeyCanTakeCountingThoseAlreadyThere() throws Exception {
        assertUsageError(
                "column id of table tiny_keys must hold distinct values, and a smallint has at most 32,767 of them: "
                        + "load at most that many rows, those already there included",
                "--table-ddl",
                ddl("CREATE TABLE tiny_keys (id smallint PRIMARY KEY, n integer)")
                        .toString(),
                "--existing-rows",
                "32000",
                "--rows",
                "1000");
    }

    /** Known once the server is up, before the first load: not after every other strategy has been measured. */
    @Test
    void moreConnectionsThanTheServerAccepts() throws Exception {
        assertUsageError(
                "--connections 100000 would open 100001 connections at once, and this server accepts ",
                "--jdbc-url",
                EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres",
                "--strategies",
                "COPY_TEXT,COPY_PARALLEL",
                "--connections",
                "100000",
                "--rows",
                "1000");
    }

    private static String lastLine(LauncherProcess.Outcome outcome) {
        List<String> lines = outcome.output().strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void databaseThatDoesNotExist() throws Exception {
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl().replace("/postgres", "/no_such_db")
                + "?user=postgres";
        assertUsageError("database \"no_such_db\" does not exist", "--jdbc-url", url);
    }

    @Test
    void wrongPassword() throws Exception {
        PasswordRole.create("pgload_password_test", "right-password");
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl()
                + "?user=pgload_password_test&password=wrong-password";
        assertUsageError("password authentication failed for user \"pgload_password_test\"", "--jdbc-url", url);
    }

    @Test
    void unknownDurabilityPreset() throws Exception {
        assertUsageError(
                "--durability must be one of safe, async-commit, unsafe, minimal-wal, not fast",
                "--durability",
                "fast");
    }

    @Test
    void durabilityPresetForAnExternalServer() throws Exception {
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres";
        assertUsageError(
                "--durability applies only to a server this suite starts", "--durability", "unsafe", "--jdbc-url", url);
    }

    @Test
    void postgresVersionOutOfRange() throws Exception {
        assertUsageError(
                "--pg-version 13: give a PostgreSQL major version from 14 to 18 or an exact zonky release such as 16.15.0",
                "--pg-version",
                "16,13");
    }

    @Test
    void postgresVersionThatIsNoNumber() throws Exception {
        assertUsageError(
                "--pg-version latest: give a PostgreSQL major version from 14 to 18", "--pg-version", "latest");
    }

    /** Asks Maven Central, which answers 404: the run ends before any server starts. */
    @Test
    void releaseZonkyNeverPublished() throws Exception {
        assertUsageError("zonky publishes no PostgreSQL 16.99.0 binaries for linux-amd64", "--pg-version", "16.99.0");
    }

    @Test
    void postgresVersionForAnExternalServer() throws Exception {
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres";
        assertUsageError(
                "--pg-version chooses the embedded server's release, but this run starts no embedded server",
                "--pg-version",
                "16",
                "--jdbc-url",
                url);
    }

    @Test
    void roundTripWithoutUnit() throws Exception {
        assertUsageError(
                "--rtt 2: give round-trip times such as 0, 0.5ms, 2ms or 500us (a unit for anything but 0, at most 1000ms)",
                "--rtt",
                "0,2");
    }

    /** A typo of a subcommand used to run the whole suite as a JMH benchmark pattern. */
    @Test
    void strayWordBeforeTheDelimiter() throws Exception {
        assertUsageError(
                "'reprot' is neither an option nor a subcommand (did you mean report?); JMH's own options go after --.",
                "reprot");
    }

    @Test
    void strayWordsAfterOptions() throws Exception {
        assertUsageError(
                "'frobnicate HEAD' are neither an option nor a subcommand; JMH's own options go after --",
                "--rows",
                "300",
                "frobnicate",
                "HEAD");
    }

    @Test
    void runOptionsBeforeASubcommand() throws Exception {
        assertUsageError(
                "--rows came before ab, where it does not apply; give ab's options after it.",
                "--rows",
                "300",
                "ab",
                "HEAD");
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
        assertUsageError(
                "cannot use the server at jdbc:postgresql://127.0.0.1:1/none",
                "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/none?user=me&password=s3cret");
    }

    @Test
    void passwordNeverPrinted() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory, "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none?password=s3cret&user=me");
        assertFalse(outcome.output().contains("s3cret"), outcome.output());
    }

    @Test
    void containerTargetWithoutDocker() throws Exception {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        assertUsageError("Docker is not available here", "--target", "container");
    }

    @Test
    void resultsDirectoryThatIsAFile() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "x");
        assertRefusedUpFront("--results-dir " + file + " is a file, not a directory", "--results-dir", file.toString());
    }

    @Test
    void chartsDirectoryThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "x");
        assertRefusedUpFront(
                "--charts-dir " + file.resolve("charts") + " cannot be written to",
                "--charts-dir",
                file.resolve("charts").toString());
    }

    @Test
    void emptyResultsDirectory() throws Exception {
        assertRefusedUpFront("--results-dir needs a directory, not an empty string", "--results-dir", "");
    }

    @Test
    void psqlThatDoesNotExist() throws Exception {
        assertRefusedUpFront("--psql /no/such/psql: no such program", "--compare-psql", "--psql", "/no/such/psql");
    }

    @Test
    void moreRowsPerStatementThanTheProtocolAllows() throws Exception {
        assertRefusedUpFront(
                "MULTI_ROW_VALUES takes at most 13107 rows per statement", "--rows-per-statement", "70000");
    }

    @Test
    void jmhThreads() throws Exception {
        assertRefusedUpFront("-t 2 would run 2 loads at once", "--", "-t", "2");
    }

    @Test
    void jmhWithoutForks() throws Exception {
        assertRefusedUpFront("-f 0 would run the loads inside JMH's own JVM", "--", "-f", "0");
    }

    @Test
    void jmhParameterThatIsNotANumber() throws Exception {
        assertRefusedUpFront("-p rows=abc: rows takes a whole number, not 'abc'", "--", "-p", "rows=abc");
    }

    @Test
    void jmhParameterThatDoesNotExist() throws Exception {
        assertRefusedUpFront("-p speed: the load benchmark has no such parameter", "--", "-p", "speed=fast");
    }

    @Test
    void moreRowsThanAForkHeapHolds() throws Exception {
        assertRefusedUpFront(
                "unasked; generate them during the load with -- -p streamRows=true", "--rows", "200000000");
    }

    @Test
    void aSettingPostgresqlRejectsNamesItsReason() throws Exception {
        assertUsageError("did not start: parameter \"fsync\" requires a Boolean value", "--pg-setting", "fsync=maybe");
        assertUsageError(
                "unrecognized configuration parameter \"no_such_setting\"", "--pg-setting", "no_such_setting=1");
    }

    @Test
    void unixSocketInPghost() throws Exception {
        LauncherProcess.Outcome outcome =
                LauncherProcess.run(directory, Map.of("PGHOST", "/var/run/postgresql"), "--target", "external");
        assertOneSentence(
                outcome, "PGHOST=/var/run/postgresql names a Unix socket directory, but pgjdbc connects over TCP only");
    }

    @Test
    void aParseErrorIsOneSentenceAndAPointer() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory, "--rows", "many");
        assertOneSentence(outcome, "--rows takes a whole number from 1 to 2,147,483,647, not 'many'");
        assertEquals(
                List.of(
                        "run-bench.sh: --rows takes a whole number from 1 to 2,147,483,647, not 'many'.",
                        "See ./run-bench.sh --help for the options."),
                outcome.output().lines().toList());
    }

    @Test
    void helpIsPrintedOnce() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory, "--help");
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertEquals(1, outcome.output().split("Usage: ", -1).length - 1, outcome.output());
        assertTrue(outcome.output().contains("PGPASSWORD"), "the environment variables are part of the help");
    }

    @Test
    void jmhHelpInsteadOfARun() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory, "--", "-h");
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("-wi <int>"), outcome.output());
        assertFalse(outcome.output().contains("Server:"), outcome.output());
    }

    @Test
    void messagesEndInOnePeriod() throws Exception {
        LauncherProcess.Outcome outcome =
                LauncherProcess.run(directory, "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertTrue(
                outcome.output().strip().endsWith("connections.")
                        && !outcome.output().strip().endsWith(".."),
                outcome.output());
    }

    /** Refused in a second or two: no server started, nothing written. */
    private void assertRefusedUpFront(String expected, String... arguments) throws Exception {
        long start = System.nanoTime();
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory, arguments);
        assertOneSentence(outcome, expected);
        assertFalse(outcome.output().contains("Server:"), "no server was started:\n" + outcome.output());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused before any work");
    }

    @Test
    void distributedWithoutACoordinator() throws Exception {
        assertRefusedUpFront("--distributed needs --jdbc-url naming a Citus coordinator", "--distributed", "citus");
    }

    @Test
    void distributedOverAnUnknownEngine() throws Exception {
        assertRefusedUpFront(
                "--distributed takes citus or citus-reference, not 'yugabyte'", "--distributed", "yugabyte");
    }

    @Test
    void shardCountWithoutDistribution() throws Exception {
        assertRefusedUpFront(
                "--shard-count applies to a hash-distributed table (--distributed citus) only", "--shard-count", "8");
        assertRefusedUpFront(
                "--shard-count applies to a hash-distributed table (--distributed citus) only",
                "--distributed",
                "citus-reference",
                "--shard-count",
                "8");
    }

    @Test
    void distributedWithThePsqlYardstick() throws Exception {
        assertRefusedUpFront(
                "--compare-psql loads into a table of its own, which --distributed does not distribute",
                "--distributed",
                "citus",
                "--compare-psql");
    }

    @Test
    void distributedOverAServerWithoutCitus() throws Exception {
        String url = EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres";
        assertUsageError(
                "--distributed citus: the server at " + url.replace("?user=postgres", "") + " as postgres has no citus "
                        + "extension (it needs citus in shared_preload_libraries and CREATE EXTENSION citus)",
                "--jdbc-url",
                url,
                "--distributed",
                "citus");
    }

    @Test
    void unknownTable() throws Exception {
        assertUsageError(
                "--table orders: there is no such table; the suite has users, narrow, wide", "--table", "users,orders");
    }

    @Test
    void unknownIndexes() throws Exception {
        assertUsageError("--indexes pk+3: give one of none, pk, pk+2", "--indexes", "pk+3");
    }

    @Test
    void tableDdlThatIsNoCreateTable() throws Exception {
        assertUsageError(
                "--table-ddl must hold one CREATE TABLE statement, and this one begins with 'DROP TABLE users'",
                "--table-ddl",
                ddl("DROP TABLE users;").toString());
    }

    @Test
    void tableDdlWithASecondStatement() throws Exception {
        assertUsageError(
                "--table-ddl must hold one CREATE TABLE statement, and this file has more after the first semicolon",
                "--table-ddl",
                ddl("CREATE TABLE t (id bigint, note text DEFAULT 'a;b'); DROP TABLE users;")
                        .toString());
    }

    @Test
    void tableDdlWithAnUnsupportedType() throws Exception {
        assertUsageError(
                "column price has type money, which the suite cannot generate",
                "--table-ddl",
                ddl("CREATE TABLE pgload_cli_money (id bigint PRIMARY KEY, price money)")
                        .toString(),
                "--jdbc-url",
                withCustomersTable());
    }

    @Test
    void tableDdlWithAForeignKey() throws Exception {
        assertUsageError(
                "has a foreign key (customer_id references pgload_cli_customers)",
                "--table-ddl",
                ddl("CREATE TABLE pgload_cli_fk (id bigint PRIMARY KEY, customer_id bigint REFERENCES pgload_cli_customers)")
                        .toString(),
                "--jdbc-url",
                withCustomersTable());
    }

    /** A database of its own holding the table a foreign key points at; a foreign key to a missing table fails earlier. */
    private static String withCustomersTable() throws Exception {
        try (java.sql.Connection connection =
                        EmbeddedPostgresForTests.server().connection().open();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS pgload_cli_customers (id bigint PRIMARY KEY)");
        }
        return EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres";
    }

    private Path ddl(String text) throws Exception {
        return Files.writeString(directory.resolve("table.sql"), text);
    }

    private void assertUsageError(String expected, String... arguments) throws Exception {
        assertOneSentence(LauncherProcess.run(directory, arguments), expected);
    }

    private static void assertOneSentence(LauncherProcess.Outcome outcome, String expected) {
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(expected), outcome.output());
        assertFalse(outcome.output().contains("\tat "), "no stack trace:\n" + outcome.output());
        assertFalse(outcome.output().contains(".."), "one period:\n" + outcome.output());
    }
}
