package org.pgloadbench.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pgloadbench.UserError;
import org.pgloadbench.network.RoundTrip;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.server.Durability;
import org.pgloadbench.server.EmbeddedRelease;
import org.pgloadbench.server.ServerRequest;
import org.pgloadbench.server.Servers;
import org.pgloadbench.server.Target;
import picocli.CommandLine.Option;

/** The options that choose the server a run loads into: where it comes from, its release, its settings and the network before it. */
final class ServerOptions {
    @Option(
            names = "--target",
            split = ",",
            paramLabel = "embedded|container|external",
            description =
                    "Where PostgreSQL comes from; several (embedded,container) run the profile on each and compare them. "
                            + "Default: embedded, or external when --jdbc-url is given.")
    List<Target> targets;

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description =
                    "An existing server, e.g. jdbc:postgresql://localhost:5432/bench?user=me. Without it, --target external reads PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.")
    String jdbcUrl;

    /** The image --target container starts unless --image names another. */
    private static final String DEFAULT_IMAGE = "postgres:18";
    /** What a server setting's name may look like: a word, maybe with a dotted prefix (citus.shard_count). */
    private static final java.util.regex.Pattern SETTING_NAME =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    @Option(
            names = "--image",
            paramLabel = "IMAGE",
            description = "Docker image for --target container. Default: " + DEFAULT_IMAGE + ".")
    String image;

    @Option(
            names = "--pg-version",
            split = ",",
            paramLabel = "VERSION",
            description = "Embedded PostgreSQL releases to run "
                    + "the profile on, one after another: majors 14 to 18 or exact zonky releases such as 16.15.0. One result file "
                    + "each and a comparison report; a release this jar does not carry is downloaded from Maven Central on first use. "
                    + "Default: the jar's own PostgreSQL 18.")
    List<String> pgVersions;

    @Option(
            names = "--rtt",
            split = ",",
            paramLabel = "TIME",
            description = "Network round-trip times to add, e.g. "
                    + "0,0.5ms,2ms: the profile runs once per value through a latency proxy in front of the server, which is "
                    + "calibrated and checked first (median of 1,000 SELECT 1, within 10%%). Default: no proxy.")
    List<String> rtts;

    @Option(
            names = "--durability",
            paramLabel = "PRESET",
            description = "For a server this suite starts: safe (fsync, "
                    + "synchronous_commit and full_page_writes on), async-commit (synchronous_commit off), unsafe (all three off) "
                    + "or minimal-wal (safe, with wal_level minimal: no archive or replica, and no WAL for rows written into a "
                    + "table created or truncated in the same transaction). "
                    + "Default: ${DEFAULT-VALUE}.")
    String durabilityPreset = Durability.SAFE.label();

    @Option(
            names = "--pg-setting",
            paramLabel = "NAME=VALUE",
            description =
                    "A server setting for a server this suite starts (repeatable), over the --durability preset's.")
    List<String> pgSettings = new ArrayList<>();

    @Option(
            names = "--distributed",
            paramLabel = "citus|citus-reference",
            description =
                    "The --jdbc-url server is a Citus "
                            + "coordinator: each benchmark table is hash-distributed on its key over the workers (citus) or made a reference "
                            + "table on every node (citus-reference) before it is loaded; strategies Citus refuses are skipped with its reason.")
    String distributed;

    @Option(
            names = "--shard-count",
            paramLabel = "N",
            description =
                    "Shards of each table --distributed citus makes. " + "Default: the cluster's citus.shard_count.")
    Integer shardCount;

    /** Every value checked before a server starts, so a mistake costs seconds, never a run. */
    void validate() {
        distribution();
        durability();
        releases();
        roundTrips();
        settings();
    }

    /** Each --pg-setting as NAME=VALUE, both parts there: a server refuses a malformed one only after it started. */
    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : pgSettings) {
            int equals = setting.indexOf('=');
            String name = equals < 0 ? setting : setting.substring(0, equals).strip();
            String value = equals < 0 ? "" : setting.substring(equals + 1).strip();
            if (!SETTING_NAME.matcher(name).matches() || value.isEmpty()) {
                throw new UserError("--pg-setting " + setting + " needs a setting's name and its value, as in "
                        + "--pg-setting shared_buffers=1GB");
            }
            settings.put(name, value);
        }
        return settings;
    }

    /** What the profile runs on, one after another: each target, each embedded release, each round trip. */
    List<ServerSetup> setups() {
        List<Target> chosen = targets == null
                ? Collections.singletonList(null)
                : targets.stream().distinct().toList();
        List<ServerSetup> setups = new ArrayList<>();
        for (Target target : chosen) {
            ServerRequest request = new ServerRequest(
                    target,
                    jdbcUrl,
                    image == null ? DEFAULT_IMAGE : image,
                    null,
                    durability(),
                    settings(),
                    System.getenv());
            List<EmbeddedRelease> ofTarget =
                    Servers.resolveTarget(request) == Target.EMBEDDED ? releases() : List.of(request.release());
            for (EmbeddedRelease release : ofTarget) {
                for (RoundTrip roundTrip : roundTrips()) {
                    setups.add(new ServerSetup(request.withRelease(release), roundTrip));
                }
            }
        }
        if (distribution().distributed()
                && setups.stream().anyMatch(setup -> Servers.resolveTarget(setup.request()) != Target.EXTERNAL)) {
            throw new UserError(
                    "--distributed needs --jdbc-url naming a Citus coordinator: this suite does not start a cluster itself");
        }
        if (image != null
                && setups.stream().noneMatch(setup -> Servers.resolveTarget(setup.request()) == Target.CONTAINER)) {
            throw new UserError("--image chooses the container's image, but this run starts no container "
                    + "(add --target container)");
        }
        if (pgVersions != null
                && setups.stream().noneMatch(setup -> Servers.resolveTarget(setup.request()) == Target.EMBEDDED)) {
            throw new UserError(
                    "--pg-version chooses the embedded server's release, but this run starts no embedded server "
                            + "(for a container choose the image with --image; an external server is what it is)");
        }
        return setups;
    }

    /** How each table is spread over a Citus cluster: {@link Distribution#NONE} without --distributed. */
    Distribution distribution() {
        if (distributed == null) {
            if (shardCount != null) {
                throw new UserError(Distribution.SHARD_COUNT_RULE);
            }
            return Distribution.NONE;
        }
        try {
            return Distribution.parse(distributed, shardCount);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Each --rtt value parsed, in order and once; a single null (no proxy) when none is given. */
    private List<RoundTrip> roundTrips() {
        if (rtts == null) {
            return Collections.singletonList(null);
        }
        try {
            return rtts.stream().map(RoundTrip::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Each --pg-version value parsed, in order and once; the bundled release when none is given. */
    private List<EmbeddedRelease> releases() {
        if (pgVersions == null) {
            return List.of(EmbeddedRelease.bundled());
        }
        try {
            return pgVersions.stream().map(EmbeddedRelease::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Durability durability() {
        try {
            return Durability.named(durabilityPreset);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
