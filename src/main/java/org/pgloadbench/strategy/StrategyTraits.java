package org.pgloadbench.strategy;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the rest of the suite needs to know about a strategy, each value named where a constant of
 * {@link Strategy} sets it: {@code bulk().since(17).reads(BAD_ROW_PERCENT)}. Anything not said is
 * the common case: any supported server, nothing more asked of it, crash-safe, no psql counterpart,
 * no parameter beyond rows and dataset, one row count per load.
 *
 * @param loadKind how its cost grows with rows, which decides how many rows a profile gives one load
 * @param minimumServerMajorVersion the oldest PostgreSQL it runs on; 0 where any supported one will do
 * @param psqlCounterpart what psql does that is the same load, if anything
 * @param crashSafe false where it trades durability for speed (rows lost on a crash)
 * @param serverRequirement what it needs of the server beyond its version
 * @param parameters the benchmark parameters that change what it does
 * @param rowsSwept whether the full profile also runs it at smaller loads, to show a row costs the
 *     same in a small load as in a large one
 */
record StrategyTraits(
        Strategy.LoadKind loadKind,
        int minimumServerMajorVersion,
        PsqlCounterpart psqlCounterpart,
        boolean crashSafe,
        ServerRequirement serverRequirement,
        List<StrategyParameter> parameters,
        boolean rowsSwept) {

    /** A commit, so a WAL flush, per row. */
    static StrategyTraits perRowCommit() {
        return of(Strategy.LoadKind.PER_ROW_COMMIT);
    }

    /** A statement execution per row. */
    static StrategyTraits perRowStatement() {
        return of(Strategy.LoadKind.PER_ROW_STATEMENT);
    }

    /** Many rows per round trip. */
    static StrategyTraits bulk() {
        return of(Strategy.LoadKind.BULK);
    }

    private static StrategyTraits of(Strategy.LoadKind loadKind) {
        return new StrategyTraits(loadKind, 0, PsqlCounterpart.NONE, true, ServerRequirement.NONE, List.of(), false);
    }

    StrategyTraits since(int serverMajorVersion) {
        return new StrategyTraits(
                loadKind, serverMajorVersion, psqlCounterpart, crashSafe, serverRequirement, parameters, rowsSwept);
    }

    StrategyTraits psql(PsqlCounterpart counterpart) {
        return new StrategyTraits(
                loadKind, minimumServerMajorVersion, counterpart, crashSafe, serverRequirement, parameters, rowsSwept);
    }

    StrategyTraits notCrashSafe() {
        return new StrategyTraits(
                loadKind, minimumServerMajorVersion, psqlCounterpart, false, serverRequirement, parameters, rowsSwept);
    }

    StrategyTraits needs(ServerRequirement requirement) {
        return new StrategyTraits(
                loadKind, minimumServerMajorVersion, psqlCounterpart, crashSafe, requirement, parameters, rowsSwept);
    }

    StrategyTraits reads(StrategyParameter... more) {
        List<StrategyParameter> all =
                Stream.concat(parameters.stream(), Stream.of(more)).toList();
        return new StrategyTraits(
                loadKind, minimumServerMajorVersion, psqlCounterpart, crashSafe, serverRequirement, all, rowsSwept);
    }

    StrategyTraits alsoAtSmallerLoads() {
        return new StrategyTraits(
                loadKind, minimumServerMajorVersion, psqlCounterpart, crashSafe, serverRequirement, parameters, true);
    }
}
