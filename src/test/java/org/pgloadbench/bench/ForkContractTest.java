package org.pgloadbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;

/** What the launcher hands a fork comes back as it was sent, and the password never travels as an argument. */
class ForkContractTest {
    private static final ConnectionSettings SERVER =
            ConnectionSettings.of("jdbc:postgresql://me:s3cret@db:5433/x?sslmode=disable", null, null);

    @Test
    void aForkReadsBackWhatTheLauncherPassed() {
        ForkContract.ForkSettings sent = new ForkContract.ForkSettings(
                SERVER,
                Distribution.parse("citus", 12),
                Path.of("/run/table-ddl.sql"),
                Path.of("/run/load-costs.jsonl"),
                Path.of("/run/server-files"));
        ForkContract.ForkSettings received = inFork(sent.jvmArguments(), "s3cret");
        assertEquals(sent, received);
    }

    @Test
    void aRunWithoutCostsOrTableOfItsOwnPassesNeither() {
        ForkContract.ForkSettings sent =
                new ForkContract.ForkSettings(SERVER, Distribution.NONE, null, null, Path.of("/run/server-files"));
        assertEquals(3, sent.jvmArguments().size(), sent.jvmArguments().toString());
        ForkContract.ForkSettings received = inFork(sent.jvmArguments(), "s3cret");
        assertEquals(sent, received);
        assertEquals(null, received.tableDdlText());
    }

    @Test
    void forksGetThePasswordOnlyThroughTheEnvironment() {
        ForkContract.ForkSettings settings =
                new ForkContract.ForkSettings(SERVER, Distribution.NONE, null, null, Path.of("/run"));
        assertFalse(String.join(" ", settings.jvmArguments()).contains("s3cret"));
        assertFalse(SERVER.toString().contains("s3cret"));
        Map<String, String> environment = new HashMap<>(Map.of(ForkContract.PASSWORD_VARIABLE, "stale"));
        ForkContract.exportPassword(SERVER, environment);
        assertEquals("s3cret", environment.get(ForkContract.PASSWORD_VARIABLE));
        ForkContract.exportPassword(ConnectionSettings.of("jdbc:postgresql://db/x", null, null), environment);
        assertTrue(environment.isEmpty(), "no password: none inherited either");
    }

    @Test
    void theHostsFilesAndOptionsAndLoadEventsGoBothWays() throws Exception {
        ForkContract.HostFiles files = ForkContract.HostFiles.of(Path.of("/run/jmh-3"), Path.of("/results/run.log"));
        assertEquals(Path.of("/run/jmh-3.json"), files.results());
        assertEquals(
                files, ForkContract.HostFiles.fromArguments(files.arguments().toArray(String[]::new)));

        Options options = new OptionsBuilder().include("LoadBenchmark").forks(2).build();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ForkContract.sendOptions(options, wire);
        Options received = ForkContract.receiveOptions(new ByteArrayInputStream(wire.toByteArray()));
        assertEquals(List.of("LoadBenchmark"), received.getIncludes());
        assertEquals(2, received.getForkCount().get());

        assertEquals(OptionalDouble.of(123456.5), ForkContract.parseLoadEvent(ForkContract.loadEvent(123456.5)));
        assertEquals(OptionalDouble.empty(), ForkContract.parseLoadEvent("OpenJDK 64-Bit Server VM warning: ..."));
    }

    /** Sets the arguments' properties as a fork's JVM would have them, and reads them back as a fork does. */
    private static ForkContract.ForkSettings inFork(List<String> jvmArguments, String password) {
        Map<String, String> saved = new HashMap<>();
        try {
            for (String argument : jvmArguments) {
                assertTrue(argument.startsWith("-Dpgloadbench."), argument);
                String[] pair = argument.substring(2).split("=", 2);
                saved.put(pair[0], System.getProperty(pair[0]));
                System.setProperty(pair[0], pair[1]);
            }
            ForkContract.ForkSettings read = ForkContract.ForkSettings.fromSystemProperties();
            // The password comes from the environment, which a test cannot set: compare without it.
            assertEquals(null, read.server().password());
            return new ForkContract.ForkSettings(
                    new ConnectionSettings(
                            read.server().jdbcUrl(), read.server().user(), password),
                    read.distribution(),
                    read.tableDdl(),
                    read.costLog(),
                    read.serverFiles());
        } finally {
            saved.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }
}
