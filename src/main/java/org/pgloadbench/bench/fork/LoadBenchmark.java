package org.pgloadbench.bench.fork;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.pgloadbench.bench.ForkContract;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.dataset.TableShape;
import org.pgloadbench.dataset.Tables;
import org.pgloadbench.lifecycle.ParentWatch;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.result.LoadCostLog;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.server.ServerFingerprint;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyContext;
import org.pgloadbench.strategy.StrategySettings;

/**
 * One operation = load {@code rows} rows into a table with one strategy, then verify them: an
 * empty table, or one already holding {@code existingRows} rows.
 *
 * <p>A load is long (milliseconds to minutes) and changes the database, so each one is measured
 * once: SingleShotTime, with the table put back as it was before every measured load. The counts below are the
 * quick profile; {@code ./run-bench.sh --profile} and JMH's own flags override them at run time.
 *
 * <p>The fork's heap is fixed and touched at start-up ({@code AlwaysPreTouch}): otherwise the
 * young generation grows into memory the kernel has never mapped, and the loads during which it
 * does pay for zeroing those pages in the client's CPU time. Here the unnest strategy's eighth and
 * ninth loads came out 16-35% slower in two runs for that alone, with no GC and little JIT beside them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class LoadBenchmark {
    /** A load that spent less than this share of its time with the JIT compilers busy ends the warm-up. */
    private static final double QUIET_JIT_SHARE = 0.02;
    /** Loads beyond JMH's warm-up at most, so a compiler that never settles cannot stall a run. */
    private static final int MAX_EXTRA_WARMUP_LOADS = 10;

    /*
     * Every strategy, unless the command line narrows it; results group by this name.
     */
    @Param
    public Strategy strategy;

    /*
     * Rows per load. Large enough that per-load constants (one COPY start, one commit) vanish in
     * the fast strategies; the launcher gives the slow ones fewer rows so a run stays short.
     * rows/sec is what gets compared, never the time per load.
     */
    @Param("500000")
    public int rows;

    /*
     * Rows per statement for the strategies that read it (multi-row VALUES, unnest): 1000 sits past
     * the knee of the curve on local connections; the full profile sweeps 100, 1000 and 10000 to
     * show the curve. The other strategies ignore it.
     */
    @Param("1000")
    public int rowsPerStatement;

    /*
     * Share of malformed rows for the strategy that tolerates them (COPY with ON_ERROR), in percent:
     * 1% is dirty data that is still worth loading. The other strategies ignore it.
     */
    @Param("1")
    public double badRowPercent;

    /*
     * Connections for the strategies that load over several at once: 2 on the quick profile's
     * 2-core machine; the full profile sweeps 1, 2, 4 and 8 to find where it stops scaling. The
     * other strategies ignore it.
     */
    @Param("1")
    public int connections;

    /*
     * TEXT or BINARY, for the strategy that reads either (the server loading a file itself): the
     * server's ceiling in both formats. The other strategies ignore it.
     */
    @Param("BINARY")
    public CopyFormat format;

    /*
     * The table loaded: users (five columns, about 90 bytes a row as text, the suite's table since
     * it began), narrow (two numbers: per-row overhead laid bare), wide (twenty columns of every
     * type, about 1.5 KiB a row), or the name of the table the user's --table-ddl creates.
     */
    @Param("users")
    public String table;

    /*
     * none, pk (the default: the primary key, as real tables have) or pk+2 (two secondary indexes
     * more): every index is maintained for every row loaded.
     */
    @Param("pk")
    public String indexes;

    /*
     * Rows the table holds before each load (0: empty, the best case). A nightly import meets a
     * table of millions of rows, whose indexes no longer fit in memory as an empty one's do: every
     * load then adds its rows to these, keys after theirs.
     */
    @Param("0")
    public int existingRows;

    /*
     * natural (the table's own: sequential, uuidv4 for a uuid key), sequential (1, 2, 3...), random
     * (a fixed permutation), uuidv4 or uuidv7: the order the keys reach the key's index in. In
     * order, every row lands on the index's right-most page; at random, on any page, which once the
     * index outgrows memory is a read and, after each checkpoint, a full-page image in WAL.
     */
    @Param("natural")
    public String keyOrder;

    /*
     * none, or features joined by + (trigger, fk, volatile-default, generated): what the table
     * makes every row go through besides its indexes. A row trigger or a foreign key check costs
     * every row on the server; a volatile default takes COPY off its batched inserts.
     */
    @Param("none")
    public String tableFeature;

    /*
     * USERS (realistic rows for the table, named for the first table) for speed; HOSTILE (edge-case
     * rows) to prove a strategy exact under the harness itself.
     */
    @Param("USERS")
    public Dataset dataset;

    /*
     * false: rows are generated before the trial, so only loading is timed. true: rows are
     * generated a chunk at a time during the load, for loads larger than the heap; generation is
     * then timed too, so it must run far faster than any load (RowGenerationBenchmark measures it).
     */
    @Param("false")
    public boolean streamRows;

    private Table target;
    private ExistingRows existing;
    private Distribution distribution;
    private LoadVerifier verifier;
    private Connection connection;
    private RowSource data;
    private LoadStrategy loader;
    private RowChecksum expected;
    private boolean mayCheckpoint = true;
    private long storedByLastLoad;
    /** Where measured loads' costs go; null (and no meter) when the run skips the accounting. */
    private Path costLog;

    private LoadCostMeter costs;
    private String benchmarkKey;
    private boolean measuring;
    private boolean warmedUp;
    /** JIT compilation time and wall time of the last load, warm-up or measured. */
    private long loadStartNanos;

    private long loadStartJitNanos;
    private long lastLoadNanos;
    private long lastLoadJitNanos;

    @Setup(Level.Trial)
    public void connectAndGenerate(BenchmarkParams params) throws SQLException {
        ParentWatch.start();
        ForkContract.ForkSettings fork = ForkContract.ForkSettings.fromSystemProperties();
        ConnectionSettings settings = fork.server();
        connection = settings.open();
        ServerFingerprint server = ServerFingerprint.read(connection);
        if (!strategy.runsOn(server.majorVersion())) {
            throw new UnsupportedOperationException(strategy + " needs PostgreSQL "
                    + strategy.minimumServerMajorVersion() + " or newer; this server is " + server.serverVersion());
        }
        String ddl = fork.tableDdlText();
        if (ddl != null && TableShape.builtIn(table).isEmpty()) {
            // The user's table, left behind if an earlier trial of this run failed: recreating it would fail.
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
        target = Tables.resolve(table, indexes, keyOrder, tableFeature, ddl, connection);
        verifier = new LoadVerifier(target);
        try (Statement statement = connection.createStatement()) {
            statement.execute(target.dropSql());
        }
        target.create(connection);
        distribution = fork.distribution();
        distribution.apply(connection, target.quotedName(), target.distributionColumn());
        existing = ExistingRows.of(connection, target, existingRows);
        // Rows in memory are generated here, outside any measured time; streamed rows during each load.
        data = dataset.source(target.shape(), existingRows, rows, RowGenerator.DEFAULT_SEED, streamRows);
        existing.addParentKeys(connection, data);
        loader = strategy.create(
                new StrategySettings(target, rowsPerStatement, badRowPercent, connections, format, existingRows));
        // Connections, threads and staging tables of the strategy's own, before anything is timed.
        loader.prepare(new StrategyContext(settings, connection, fork.serverFiles()));
        expected = RowChecksum.of(target.shape(), data, loader.storesRow());
        costLog = fork.costLog();
        costs = costLog == null
                ? null
                : new LoadCostMeter(
                        connection,
                        loader.ownConnections().isEmpty() ? List.of(connection) : loader.ownConnections(),
                        server.majorVersion(),
                        distribution.distributed() ? settings : null);
        Map<String, String> otherParams = new LinkedHashMap<>();
        params.getParamsKeys().stream()
                .filter(name -> !name.equals("strategy") && !name.equals("rows"))
                .forEach(name -> otherParams.put(name, params.getParam(name)));
        benchmarkKey = JmhBenchmark.key(strategy.name(), rows, otherParams);
    }

    /**
     * Only measured loads' costs are kept, as only their times are. Before the first measured load
     * the warm-up goes on while the JIT compilers are still busy: on two cores their threads take
     * CPU from the load and the server alike, and code not yet compiled runs slower, so the row-
     * binding strategies' first loads after a fixed warm-up came out 5-15% slower than the rest.
     */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) throws SQLException {
        if (iteration.getType() == IterationType.MEASUREMENT && !warmedUp) {
            warmedUp = true;
            warmUpUntilTheJitIsQuiet();
        }
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /**
     * More untimed loads, each emptied, loaded and verified like a measured one, until one spent
     * less than 2% of its time compiling, or ten more have run. Nothing happens where JMH ran no
     * warm-up load (-wi 0): whoever asked for none gets none.
     */
    private void warmUpUntilTheJitIsQuiet() throws SQLException {
        int extra = 0;
        while (lastLoadNanos > 0
                && lastLoadJitNanos >= QUIET_JIT_SHARE * lastLoadNanos
                && extra < MAX_EXTRA_WARMUP_LOADS) {
            putTableBack();
            load();
            verifyLoad();
            extra++;
        }
        if (extra > 0) {
            System.out.printf(
                    "Warm-up went on for %d more load%s: the JIT compilers were busy for %.1f%% of the last one.%n",
                    extra, extra == 1 ? "" : "s", 100.0 * lastLoadJitNanos / lastLoadNanos);
        }
    }

    /*
     * Every measured load starts from the same state: an empty table and index (TRUNCATE gives the
     * table fresh, empty files, so no load pays for the dead tuples of the one before), or the same
     * existing rows put back into them, then whatever the strategy needs before a load (an upsert's
     * half-filled target), and a fresh checkpoint, so no load is charged for flushing earlier pages
     * or has a checkpoint start half way through it. Level.Invocation is safe here: a load lasts milliseconds to minutes, far
     * above JMH's cost of timestamping around each one.
     */
    @Setup(Level.Invocation)
    public void putTableBack() throws SQLException {
        existing.restore(connection);
        try (Statement statement = connection.createStatement()) {
            loader.reset(connection, data);
            target.features().beforeLoad(connection, target);
            if (mayCheckpoint) {
                checkpoint(statement);
            }
        }
        if (costs != null) {
            costs.before(mayCheckpoint);
        }
        loadStartJitNanos = LoadCostMeter.jitNanos();
        loadStartNanos = System.nanoTime();
    }

    @Benchmark
    public long load() throws SQLException {
        storedByLastLoad = loader.load(connection, data);
        return storedByLastLoad;
    }

    /*
     * A load that lost or changed rows must not produce a number: this throws, JMH marks the
     * benchmark as failed, and the launcher (which runs with fail-on-error) stops the run.
     */
    @TearDown(Level.Invocation)
    public void verifyLoad() throws SQLException {
        lastLoadNanos = System.nanoTime() - loadStartNanos;
        lastLoadJitNanos = LoadCostMeter.jitNanos() - loadStartJitNanos;
        LoadCost cost = costs == null ? null : costs.after(rows);
        verifier.verify(strategy.name(), existing.checksum(), expected, storedByLastLoad, rows, connection);
        target.features().verify(connection, target, strategy.name(), expected.count());
        if (measuring && cost != null) {
            LoadCostLog.append(costLog, benchmarkKey, cost, costs.unavailable());
        }
    }

    @TearDown(Level.Trial)
    public void dropTable() throws SQLException {
        try (Connection closing = connection;
                LoadCostMeter meter = costs;
                Statement statement = closing.createStatement()) {
            try {
                loader.close();
            } finally {
                statement.execute(target.dropSql());
                existing.drop(closing);
            }
        }
    }

    /** On a Citus cluster the workers too: CHECKPOINT is not propagated, and the workers write most of a load's WAL. */
    private void checkpoint(Statement statement) throws SQLException {
        try {
            statement.execute("CHECKPOINT");
            if (distribution.distributed()) {
                checkpointWorkers(statement);
            }
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
            mayCheckpoint = false;
            System.out.println("Note: this user may not run CHECKPOINT (needs pg_checkpoint or superuser); "
                    + "loads will not start from a fresh checkpoint.");
        }
    }

    /** Citus reports a worker's failure in a column, not as an error: a worker that did not checkpoint fails the load here. */
    private static void checkpointWorkers(Statement statement) throws SQLException {
        try (ResultSet failed = statement.executeQuery("SELECT nodename || ':' || nodeport, result "
                + "FROM run_command_on_workers('CHECKPOINT') WHERE NOT success")) {
            if (failed.next()) {
                throw new SQLException(
                        "CHECKPOINT failed on worker " + failed.getString(1) + ": " + failed.getString(2));
            }
        }
    }
}
