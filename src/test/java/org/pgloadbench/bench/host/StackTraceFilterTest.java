package org.pgloadbench.bench.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StackTraceFilterTest {
    @Test
    void dropsTheFailuresExceptionAndFramesKeepsTheRest() {
        String jmh = String.join(
                "\n",
                "# Warmup Iteration   1: <failure>",
                "",
                "org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command",
                "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2993)",
                "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                "Caused by: java.io.EOFException",
                "\t... 14 more",
                "",
                "",
                "# Run complete. Total time: 00:00:02",
                "Benchmark  Mode  Cnt  Score   Error  Units",
                "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream filtered = new PrintStream(new StackTraceFilter(out), true, StandardCharsets.UTF_8)) {
            filtered.print(jmh);
        }

        assertEquals(
                String.join(
                        "\n",
                        "# Warmup Iteration   1: <failure>",
                        "",
                        "",
                        "",
                        "# Run complete. Total time: 00:00:02",
                        "Benchmark  Mode  Cnt  Score   Error  Units",
                        ""),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void leavesOrdinaryOutputAlone() {
        String jmh = "# Fork: 1 of 1\nIteration   1: 123.4 ms/op\n\nat least one line that starts with at\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream filtered = new PrintStream(new StackTraceFilter(out), true, StandardCharsets.UTF_8)) {
            filtered.print(jmh);
        }
        assertEquals(jmh, out.toString(StandardCharsets.UTF_8));
    }
}
