package org.pgloadbench.psql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.result.PsqlResult;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.Strategy;

/**
 * psql loads the files and scripts written for it into the embedded server, and every load passes
 * the same count-and-checksum verification as the Java strategies (a failure throws). Loads are
 * kept long enough (tens of milliseconds) to stand clear of psql's start-up time.
 */
class PsqlReferenceTest {
    @BeforeAll
    static void needsPsql() {
        assumeTrue(PsqlForTests.installed(), PsqlForTests.NOT_INSTALLED);
    }

    @Test
    void everyCounterpartLoadsVerifiedRows() throws IOException, SQLException {
        ConnectionSettings connection = EmbeddedPostgresForTests.server().connection();
        List<PlannedRun> plan = List.of(
                new PlannedRun(
                        Strategy.INSERT_AUTOCOMMIT,
                        Table.users(),
                        0,
                        Dataset.USERS,
                        100,
                        List.of(1),
                        1,
                        List.of(1),
                        List.of(CopyFormat.BINARY)),
                new PlannedRun(
                        Strategy.COPY_TEXT,
                        Table.users(),
                        0,
                        Dataset.USERS,
                        30_000,
                        List.of(1_000),
                        1,
                        List.of(1),
                        List.of(CopyFormat.BINARY)),
                new PlannedRun(
                        Strategy.COPY_BINARY,
                        Table.users(),
                        0,
                        Dataset.USERS,
                        30_000,
                        List.of(1_000),
                        1,
                        List.of(1),
                        List.of(CopyFormat.BINARY)),
                new PlannedRun(
                        Strategy.MULTI_ROW_VALUES,
                        Table.users(),
                        0,
                        Dataset.USERS,
                        12_345,
                        List.of(100, 1_000),
                        1,
                        List.of(1),
                        List.of(CopyFormat.BINARY)),
                new PlannedRun(
                        Strategy.UNNEST_ARRAYS,
                        Table.users(),
                        0,
                        Dataset.USERS,
                        12_345,
                        List.of(500),
                        1,
                        List.of(1),
                        List.of(CopyFormat.BINARY)));

        List<PsqlResult> results = new PsqlReference(new Psql("psql", connection), connection, 0, 2).run(plan);

        assertEquals(
                List.of("COPY_TEXT", "COPY_BINARY", "MULTI_ROW_VALUES", "MULTI_ROW_VALUES", "UNNEST_ARRAYS"),
                results.stream().map(PsqlResult::strategy).toList());
        for (PsqlResult result : results) {
            assertEquals(2, result.samplesMillis().size());
            assertTrue(result.rowsPerSecond() > 0, result.toString());
            assertTrue(result.psqlVersion().startsWith("psql"), result.psqlVersion());
        }
    }

    @Test
    void libpqUriKeepsOnlyWhatLibpqUnderstands() {
        ConnectionSettings connection = ConnectionSettings.of(
                "jdbc:postgresql://db:5433/bench?prepareThreshold=3&user=me&sslmode=require&password=x", null, null);
        assertEquals("postgresql://db:5433/bench?user=me&sslmode=require", new Psql("psql", connection).libpqUri());
    }
}
