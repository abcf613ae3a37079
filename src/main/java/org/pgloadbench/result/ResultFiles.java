package org.pgloadbench.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.pgloadbench.UserError;

/** Writes result files whole or not at all and never over another, and reads them back for reporting. */
public final class ResultFiles {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A newer file may carry fields this version does not know; schemaVersion guards real changes.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String JMH_SUFFIX = ".jmh.json";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ResultFiles() {}

    /** {@code 2026-11-21T221500Z}: how file names give the time a run started. */
    public static String stamp(Instant createdAt) {
        return STAMP.format(createdAt);
    }

    /**
     * The dated base name shared by a run's result file and charts, e.g.
     * {@code 2026-11-21T221500Z_host_embedded-pg18_quick}, or {@code ..._embedded-pg18-rtt0.5ms_quick} through the latency proxy.
     */
    public static String baseName(Instant createdAt, Environment environment, String profile) {
        String host = environment.machine().hostname().replaceAll("[^A-Za-z0-9.-]", "-");
        int major = environment.postgres().serverVersionNumber() / 10_000;
        String rtt = environment.network() == null
                ? ""
                : "-rtt" + environment.network().fileTag();
        return stamp(createdAt) + "_" + host + "_" + environment.postgres().target() + "-pg" + major + rtt + "_"
                + profile.toLowerCase(Locale.ROOT);
    }

    /**
     * A run's label as the end of its file names ({@code _laptop-pgjdbc-42.7.4}, {@code _über-漢字}):
     * its letters and digits in any script, everything else a dash, and never ending as the JMH array
     * beside a result file does ({@code .jmh}); empty without a label.
     */
    public static String labelTag(String label) {
        String tag =
                label == null ? "" : label.replaceAll("[^\\p{L}\\p{N}.-]+", "-").replaceAll("^-+|-+$", "");
        if (tag.endsWith(".jmh")) {
            tag = tag.substring(0, tag.length() - ".jmh".length()) + "-jmh";
        }
        return tag.isEmpty() ? "" : "_" + tag;
    }

    /**
     * Writes {@code baseName.json}, or {@code baseName-2.json}, ... where two runs started in the same
     * second: a result is never replaced. Beside it goes JMH's own JSON array ({@link #jmhBeside}).
     * Returns the result file's path; the run's charts take its name.
     */
    public static Path write(Path directory, String baseName, ResultFile result) throws IOException {
        Path file = AtomicFiles.createNew(directory, baseName, ".json", out -> JSON.writeValue(out, result));
        AtomicFiles.replace(jmhBeside(file), out -> JSON.writeValue(out, result.jmh()));
        return file;
    }

    /**
     * {@code <run>.jmh.json} beside {@code <run>.json}: the run's JMH results as the top-level array
     * {@code -rf json} writes, which JMH Visualizer, github-action-benchmark's {@code jmh} tool and
     * Bencher's JMH adapter read. It is not a result file.
     */
    public static Path jmhBeside(Path resultFile) {
        String name = resultFile.getFileName().toString();
        return resultFile.resolveSibling(name.substring(0, name.length() - ".json".length()) + JMH_SUFFIX);
    }

    /** Whether a file in a results directory is a result file: JSON, and not the JMH array beside one. */
    public static boolean isResultFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(JMH_SUFFIX);
    }

    /** The result file a {@code <run>.jmh.json} was written beside; empty for any other file. */
    public static Optional<Path> resultOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(JMH_SUFFIX)
                ? Optional.of(file.resolveSibling(name.substring(0, name.length() - JMH_SUFFIX.length()) + ".json"))
                : Optional.empty();
    }

    /**
     * Creates the empty log beside a run's result file: {@code baseName.log}, or {@code baseName-2.log}, ...
     * where that name is taken. The JMH output of the run is appended to it as it runs.
     */
    public static Path newLog(Path directory, String baseName) throws IOException {
        Files.createDirectories(directory);
        for (int attempt = 1; ; attempt++) {
            Path log = directory.resolve(baseName + (attempt == 1 ? "" : "-" + attempt) + ".log");
            try {
                return Files.createFile(log);
            } catch (FileAlreadyExistsException e) {
                // the next name
            }
        }
    }

    /**
     * What Jackson found wrong, for people: its own words without the source it does not name and
     * the switches it suggests, which a reader of a result file cannot turn on, then where it was.
     */
    private static String jsonProblem(JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        if (problem.startsWith("Non-standard token")) {
            problem = "a number JSON does not allow, such as NaN or Infinity (JMH writes those as strings)";
        }
        problem = problem.replaceAll("\\[Source: [^;\\]]*; ", "[")
                .replaceAll(":? ?(?:enable|disable) `?[A-Za-z]+(?:Feature)?\\.[A-Z_]+`?[^.;)]*", "")
                .strip();
        return e.getLocation() == null
                ? problem
                : problem + " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }

    /**
     * Reads a result file for reporting; anything wrong with it (missing, not JSON, cut short, not
     * a result file, another schema version, a value of the wrong type, a figure no measurement
     * can produce) is a {@link UserError} naming the file. The summary is derived afresh from the
     * raw JMH data, so every reader sees the figures the samples give, whatever the file's own
     * summary says.
     */
    public static ResultFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such result file");
        }
        Optional<Path> beside = resultOf(file);
        if (beside.isPresent()) {
            throw new UserError(
                    file + " is JMH's own array, written beside a result file: name the result file, " + beside.get());
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new UserError(file + ": not valid JSON (" + jsonProblem(e) + ")");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (tree == null
                || !tree.isObject()
                || !tree.has("schemaVersion")
                || !tree.path("jmh").isArray()
                || !tree.path("environment").path("machine").isObject()
                || !tree.path("environment").path("postgres").isObject()) {
            throw new UserError(file + ": not a pgload-bench result file (it needs schemaVersion, a jmh array and an "
                    + "environment with machine and postgres)");
        }
        int version = tree.path("schemaVersion").asInt();
        if (version < ResultFile.OLDEST_READABLE_SCHEMA_VERSION || version > ResultFile.SCHEMA_VERSION) {
            throw new UserError(file + ": schema version " + version + ", but this pgload-bench reads versions "
                    + ResultFile.OLDEST_READABLE_SCHEMA_VERSION + " to " + ResultFile.SCHEMA_VERSION);
        }
        ResultFile stored;
        try {
            stored = JSON.treeToValue(tree, ResultFile.class);
        } catch (MismatchedInputException e) {
            throw ResultFileCheck.wrongType(file, tree, e);
        } catch (JsonProcessingException e) {
            throw new UserError(file + ": a malformed result file (" + e.getOriginalMessage() + ")");
        }
        ResultFileCheck.checkFigures(file, tree);
        try {
            return new ResultFile(
                    stored.schemaVersion(),
                    stored.createdAt(),
                    stored.profile(),
                    stored.environment(),
                    stored.jmh(),
                    JmhSummary.summarize(stored.jmh(), stored.loadCosts()),
                    stored.psql(),
                    stored.rowWidths(),
                    stored.loadCosts(),
                    stored.skipped(),
                    stored.label(),
                    stored.durationSeconds(),
                    stored.tables(),
                    stored.incomplete());
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": a malformed result file (" + e.getMessage() + ")");
        }
    }
}
