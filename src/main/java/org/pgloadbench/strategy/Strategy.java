package org.pgloadbench.strategy;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every load strategy, as a JMH {@code @Param} value: results group by these names. The order is
 * the one PostgreSQL's design predicts, slowest first; last the server's own file load, the ceiling.
 *
 * <p>The enum is the one registry: each constant says everything the rest of the suite needs to
 * know about its strategy (how to make it, which parameters it reads, how many rows a load of it
 * gets, the oldest server it runs on and anything else it needs of the server, what psql does the
 * same way, whether a crash may lose its rows), so adding a strategy is one class and one
 * constant, and labels, profiles, the psql yardstick and tests derive from here.
 */
public enum Strategy {
    INSERT_AUTOCOMMIT(InsertAutocommit::new, LoadKind.PER_ROW_COMMIT, 0, PsqlCounterpart.NONE, true),
    INSERT_TRANSACTION(InsertTransaction::new, LoadKind.PER_ROW_STATEMENT, 0, PsqlCounterpart.NONE, true),
    JDBC_BATCH(
            JdbcBatch::new,
            LoadKind.PER_ROW_STATEMENT,
            0,
            PsqlCounterpart.NONE,
            true,
            StrategyParameter.ROWS_PER_STATEMENT),
    JDBC_BATCH_REWRITE(
            JdbcBatchRewrite::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, true, StrategyParameter.ROWS_PER_STATEMENT),
    MULTI_ROW_VALUES(
            MultiRowValues::new,
            LoadKind.BULK,
            0,
            PsqlCounterpart.VALUES_SCRIPT,
            true,
            StrategyParameter.ROWS_PER_STATEMENT),
    UNNEST_ARRAYS(
            UnnestArrays::new,
            LoadKind.BULK,
            0,
            PsqlCounterpart.UNNEST_SCRIPT,
            true,
            StrategyParameter.ROWS_PER_STATEMENT),
    INSERT_ON_CONFLICT(
            InsertOnConflict::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, true, StrategyParameter.ROWS_PER_STATEMENT),
    COPY_TEXT(CopyText::new, LoadKind.BULK, 0, PsqlCounterpart.TEXT_COPY, true),
    COPY_BINARY(CopyBinary::new, LoadKind.BULK, 0, PsqlCounterpart.BINARY_COPY, true),
    COPY_ON_ERROR(CopyOnError::new, LoadKind.BULK, 17, PsqlCounterpart.NONE, true, StrategyParameter.BAD_ROW_PERCENT),
    COPY_STAGING_UPSERT(CopyStagingUpsert::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, true),
    COPY_FREEZE(CopyFreeze::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, true),
    UNLOGGED_THEN_LOGGED(UnloggedThenLogged::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, true),
    COPY_PARALLEL(CopyParallel::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, true, StrategyParameter.CONNECTIONS),
    COPY_UNLOGGED(CopyUnlogged::new, LoadKind.BULK, 0, PsqlCounterpart.NONE, false),
    SERVER_COPY_FILE(
            ServerCopyFile::new,
            LoadKind.BULK,
            0,
            PsqlCounterpart.NONE,
            true,
            ServerCopyFile::unreadableFilesOn,
            StrategyParameter.FORMAT);

    /** The strategy every other is compared with ("x autocommit"): the naive loop. */
    public static final Strategy BASELINE = INSERT_AUTOCOMMIT;
    /** The load no client takes part in, which every other is shown as a share of ("% of server COPY"): the server's ceiling. */
    public static final Strategy CEILING = SERVER_COPY_FILE;
    /** The plain COPYs, which the full profile also runs at smaller loads: their cost per row should not depend on the load's size. */
    public static final Set<Strategy> ROWS_SWEPT = Collections.unmodifiableSet(EnumSet.of(COPY_TEXT, COPY_BINARY));

    /** How a strategy's cost grows with rows, which decides how many rows a profile gives one load. */
    public enum LoadKind {
        /** A commit, so a WAL flush, per row. */
        PER_ROW_COMMIT,
        /** A statement execution per row: bind, executor start and reply, with or without a round trip. */
        PER_ROW_STATEMENT,
        /** Many rows per round trip. */
        BULK
    }

    private final Function<StrategySettings, LoadStrategy> factory;
    private final LoadKind loadKind;
    private final int minimumServerMajorVersion;
    private final PsqlCounterpart psqlCounterpart;
    private final boolean crashSafe;
    private final ServerRequirement serverRequirement;
    private final List<StrategyParameter> parameters;

    Strategy(
            Function<StrategySettings, LoadStrategy> factory,
            LoadKind loadKind,
            int minimumServerMajorVersion,
            PsqlCounterpart psqlCounterpart,
            boolean crashSafe,
            StrategyParameter... parameters) {
        this(
                factory,
                loadKind,
                minimumServerMajorVersion,
                psqlCounterpart,
                crashSafe,
                ServerRequirement.NONE,
                parameters);
    }

    Strategy(
            Function<StrategySettings, LoadStrategy> factory,
            LoadKind loadKind,
            int minimumServerMajorVersion,
            PsqlCounterpart psqlCounterpart,
            boolean crashSafe,
            ServerRequirement serverRequirement,
            StrategyParameter... parameters) {
        this.factory = factory;
        this.loadKind = loadKind;
        this.minimumServerMajorVersion = minimumServerMajorVersion;
        this.psqlCounterpart = psqlCounterpart;
        this.crashSafe = crashSafe;
        this.serverRequirement = serverRequirement;
        this.parameters = List.of(parameters);
    }

    /** False where the strategy trades durability for speed (rows lost on a crash): labelled so wherever shown. */
    public boolean crashSafe() {
        return crashSafe;
    }

    /**
     * @throws IllegalArgumentException, in one sentence that begins with the strategy's name, for
     *         settings the strategy cannot honour ({@link NotApplicableException} for a table it cannot load)
     */
    public LoadStrategy create(StrategySettings settings) {
        try {
            return factory.apply(settings);
        } catch (NotApplicableException e) {
            throw new NotApplicableException(name() + " " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + " " + e.getMessage(), e);
        }
    }

    /** The strategy of that name in a result file, if this version of the suite knows it. */
    public static Optional<Strategy> named(String name) {
        return Arrays.stream(values())
                .filter(strategy -> strategy.name().equals(name))
                .findFirst();
    }

    public LoadKind loadKind() {
        return loadKind;
    }

    /** 0 where any supported server will do. */
    public int minimumServerMajorVersion() {
        return minimumServerMajorVersion;
    }

    public boolean runsOn(int serverMajorVersion) {
        return serverMajorVersion >= minimumServerMajorVersion;
    }

    /** Why the server in {@code context} cannot run this strategy beyond its version, as a clause; empty when it can. */
    public Optional<String> unmetRequirementOn(StrategyContext context) throws SQLException {
        return serverRequirement.unmetOn(context);
    }

    public PsqlCounterpart psqlCounterpart() {
        return psqlCounterpart;
    }

    /** The benchmark parameters beyond rows and dataset that change what this strategy does. */
    public List<StrategyParameter> parameters() {
        return parameters;
    }

    public boolean reads(StrategyParameter parameter) {
        return parameters.contains(parameter);
    }
}
