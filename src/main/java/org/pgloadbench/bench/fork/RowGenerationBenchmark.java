package org.pgloadbench.bench.fork;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.TableShape;

/**
 * How fast the seeded generator streams rows, chunk by chunk, with no database: when a load
 * streams its rows ({@code streamRows=true}) this cost is inside the measured time, so it must be
 * at least ten times the load's rows/sec to be negligible. Run it with
 * {@code java -jar target/benchmarks.jar RowGenerationBenchmark} (add {@code -p rows=1000000} for a quicker look at the
 * wide table).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
@State(Scope.Benchmark)
public class RowGenerationBenchmark {
    /* Ten million rows in a 512 MB heap: the scale streaming exists for. */
    @Param("10000000")
    public int rows;

    /* Each built-in table shape: wide rows cost the generator more per row, and fill a chunk's memory sooner. */
    @Param({"users", "narrow", "wide"})
    public String table;

    @Benchmark
    public long generate() throws java.sql.SQLException {
        TableShape shape =
                TableShape.builtIn(table).orElseThrow(() -> new IllegalArgumentException("no built-in table " + table));
        RowSource source = new RowGenerator(shape, RowGenerator.DEFAULT_SEED).stream(rows);
        return source.forEachChunk(
                1, (chunk, firstRow) -> chunk.size() + chunk.column(0).heapBytes());
    }
}
