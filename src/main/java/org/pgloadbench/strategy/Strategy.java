package org.pgloadbench.strategy;

import static org.pgloadbench.strategy.PsqlCounterpart.BINARY_COPY;
import static org.pgloadbench.strategy.PsqlCounterpart.TEXT_COPY;
import static org.pgloadbench.strategy.PsqlCounterpart.UNNEST_SCRIPT;
import static org.pgloadbench.strategy.PsqlCounterpart.VALUES_SCRIPT;
import static org.pgloadbench.strategy.StrategyParameter.BAD_ROW_PERCENT;
import static org.pgloadbench.strategy.StrategyParameter.CONNECTIONS;
import static org.pgloadbench.strategy.StrategyParameter.FORMAT;
import static org.pgloadbench.strategy.StrategyParameter.ROWS_PER_STATEMENT;
import static org.pgloadbench.strategy.StrategyTraits.bulk;
import static org.pgloadbench.strategy.StrategyTraits.perRowCommit;
import static org.pgloadbench.strategy.StrategyTraits.perRowStatement;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    INSERT_AUTOCOMMIT(InsertAutocommit::new, perRowCommit()),
    INSERT_TRANSACTION(InsertTransaction::new, perRowStatement()),
    JDBC_BATCH(JdbcBatch::new, perRowStatement().reads(ROWS_PER_STATEMENT)),
    JDBC_BATCH_REWRITE(JdbcBatchRewrite::new, bulk().reads(ROWS_PER_STATEMENT)),
    MULTI_ROW_VALUES(MultiRowValues::new, bulk().reads(ROWS_PER_STATEMENT).psql(VALUES_SCRIPT)),
    UNNEST_ARRAYS(UnnestArrays::new, bulk().reads(ROWS_PER_STATEMENT).psql(UNNEST_SCRIPT)),
    INSERT_ON_CONFLICT(InsertOnConflict::new, bulk().reads(ROWS_PER_STATEMENT)),
    COPY_CSV(CopyCsv::new, bulk()),
    COPY_TEXT(CopyText::new, bulk().psql(TEXT_COPY).alsoAtSmallerLoads()),
    COPY_BINARY(CopyBinary::new, bulk().psql(BINARY_COPY).alsoAtSmallerLoads()),
    COPY_ON_ERROR(CopyOnError::new, bulk().since(17).reads(BAD_ROW_PERCENT)),
    COPY_STAGING_UPSERT(CopyStagingUpsert::new, bulk()),
    COPY_FREEZE(CopyFreeze::new, bulk()),
    UNLOGGED_THEN_LOGGED(UnloggedThenLogged::new, bulk()),
    COPY_THEN_INDEX(CopyThenIndex::new, bulk()),
    COPY_PARALLEL(CopyParallel::new, bulk().reads(CONNECTIONS)),
    COPY_UNLOGGED(CopyUnlogged::new, bulk().notCrashSafe()),
    SERVER_COPY_FILE(
            ServerCopyFile::new, bulk().needs(ServerCopyFile::unreadableFilesOn).reads(FORMAT));

    /** The strategy every other is compared with ("x autocommit"): the naive loop. */
    public static final Strategy BASELINE = INSERT_AUTOCOMMIT;
    /** The load no client takes part in, which every other is shown as a share of ("% of server COPY"): the server's ceiling. */
    public static final Strategy CEILING = SERVER_COPY_FILE;
    /**
     * What {@code sustain} runs unless told: the fastest load a client sends and the INSERT most
     * programs write: two, so the default run (ten million rows each) takes minutes, not hours.
     */
    public static final List<Strategy> SUSTAINED_BY_DEFAULT = List.of(COPY_BINARY, MULTI_ROW_VALUES);

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
    private final StrategyTraits traits;

    Strategy(Function<StrategySettings, LoadStrategy> factory, StrategyTraits traits) {
        this.factory = factory;
        this.traits = traits;
    }

    /** False where the strategy trades durability for speed (rows lost on a crash): labelled so wherever shown. */
    public boolean crashSafe() {
        return traits.crashSafe();
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

    /** Whether the full profile also runs it at smaller loads: a row should cost the same in a small load as in a large one. */
    public boolean alsoAtSmallerLoads() {
        return traits.rowsSwept();
    }

    public LoadKind loadKind() {
        return traits.loadKind();
    }

    /** 0 where any supported server will do. */
    public int minimumServerMajorVersion() {
        return traits.minimumServerMajorVersion();
    }

    public boolean runsOn(int serverMajorVersion) {
        return serverMajorVersion >= traits.minimumServerMajorVersion();
    }

    /** Why the server in {@code context} cannot run this strategy beyond its version, as a clause; empty when it can. */
    public Optional<String> unmetRequirementOn(StrategyContext context) throws SQLException {
        return traits.serverRequirement().unmetOn(context);
    }

    public PsqlCounterpart psqlCounterpart() {
        return traits.psqlCounterpart();
    }

    /** The benchmark parameters beyond rows and dataset that change what this strategy does. */
    public List<StrategyParameter> parameters() {
        return traits.parameters();
    }

    public boolean reads(StrategyParameter parameter) {
        return traits.parameters().contains(parameter);
    }
}
