package org.pgloadbench.gallery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.pgloadbench.UserError;
import org.pgloadbench.result.AtomicFiles;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;

/**
 * The gallery directory: {@code <machine>/machine.json} describes a machine, and every other result
 * file beside it is a complete run from it. Files are read as {@code report} reads them (the summary
 * derived afresh from JMH's samples, figures no measurement can produce refused), so a hand-edited
 * or broken file stops the page in one sentence naming it.
 */
public final class Gallery {
    static final String MACHINE_FILE = "machine.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A newer suite's machine.json may say more; what this one reads is checked below.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Gallery() {}

    /** Every run of every machine, machines by directory name, each machine's runs oldest first. */
    public static List<GalleryEntry> read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new UserError(directory + ": no gallery directory; add a run with ./run-bench.sh gallery add");
        }
        List<GalleryEntry> entries = new ArrayList<>();
        Map<String, Path> machines = new HashMap<>();
        for (Path machineDirectory : sorted(directory, path -> Files.isDirectory(path))) {
            Machine machine = machine(machineDirectory);
            Path named = machines.putIfAbsent(machine.name(), machineDirectory);
            if (named != null) {
                throw new UserError(machineDirectory.resolve(MACHINE_FILE) + " names '" + machine.name() + "', as "
                        + named.resolve(MACHINE_FILE) + " does: a machine has one directory");
            }
            for (Path file : sorted(
                    machineDirectory,
                    file -> ResultFiles.isResultFile(file)
                            && !file.getFileName().toString().equals(MACHINE_FILE))) {
                entries.add(new GalleryEntry(machine, file, admissible(file, ResultFiles.read(file))));
            }
        }
        if (entries.isEmpty()) {
            throw new UserError(directory + ": the gallery holds no runs yet; add one with ./run-bench.sh gallery add");
        }
        return entries;
    }

    /**
     * Copies a result file into the machine's directory, named by when it ran, what and how
     * ({@code 2026-12-07T133652Z_embedded-pg18_ci.json}), and writes or updates the machine's
     * description. Refuses a file that is not a complete, readable result, and a run already there.
     *
     * @return the copy's path
     */
    public static Path add(Path directory, Path resultFile, Machine machine) throws IOException {
        checkText("--machine", machine.name(), false, "such as 'laptop, M2 Pro' or 'c7i.xlarge, gp3'");
        checkText("--disk", machine.disk(), true, "such as 'NVMe SSD'");
        checkText("--instance-type", machine.instanceType(), true, "such as 'c7i.xlarge'");
        ResultFile result = admissible(resultFile, ResultFiles.read(resultFile));
        Path machineDirectory = directory.resolve(machine.directoryName());
        Path machineFile = machineDirectory.resolve(MACHINE_FILE);
        Machine recorded = Files.exists(machineFile) ? readMachine(machineFile) : null;
        if (recorded != null && !recorded.name().equals(machine.name())) {
            throw new UserError(machineFile + " names '" + recorded.name() + "', and --machine '" + machine.name()
                    + "' gives the same directory: give '" + recorded.name()
                    + "', or a name that differs in more than case and punctuation");
        }
        Files.createDirectories(machineDirectory);
        Machine merged = recorded == null
                ? machine
                : new Machine(
                        machine.name(),
                        machine.disk() != null ? machine.disk() : recorded.disk(),
                        machine.instanceType() != null ? machine.instanceType() : recorded.instanceType());
        String name = ResultFiles.stamp(Instant.parse(result.createdAt())) + "_"
                + result.environment().postgres().target()
                + "-pg" + result.environment().postgres().serverVersionNumber() / 10_000 + "_" + result.profile()
                + ResultFiles.labelTag(result.label()) + ".json";
        Path copy = machineDirectory.resolve(name);
        if (Files.exists(copy)) {
            throw new UserError(copy + " is in the gallery already: a run is added once");
        }
        AtomicFiles.replace(copy, out -> Files.copy(resultFile, out));
        AtomicFiles.replace(machineFile, out -> JSON.writeValue(out, merged));
        return copy;
    }

    /**
     * A run the gallery can compare: complete, on one server the run reached directly, so its rates
     * are the machine's own (a run through the latency proxy or a Citus cluster is another question).
     */
    private static ResultFile admissible(Path file, ResultFile result) {
        String refused = result.incomplete() != null
                ? "an incomplete run (" + result.incomplete() + ")"
                : result.environment().network() != null
                        ? "a run through the latency proxy (--rtt)"
                        : result.environment().postgres().cluster() != null ? "a run on a Citus cluster" : null;
        if (refused != null) {
            throw new UserError(file + " is " + refused + "; the gallery compares complete runs of one machine's "
                    + "own server, reached directly");
        }
        return result;
    }

    /** One line of text, at most {@value Machine#MAX_NAME_LENGTH} characters; null where {@code optional}. */
    private static void checkText(String option, String value, boolean optional, String example) {
        if (value == null && optional) {
            return;
        }
        if (value == null
                || value.isBlank()
                || value.codePointCount(0, value.length()) > Machine.MAX_NAME_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new UserError(
                    option + " needs 1 to " + Machine.MAX_NAME_LENGTH + " characters of text on one line, " + example);
        }
    }

    private static Machine machine(Path machineDirectory) {
        Path file = machineDirectory.resolve(MACHINE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new UserError(machineDirectory + " has no " + MACHINE_FILE + " naming its machine; add runs with "
                    + "./run-bench.sh gallery add, which writes it");
        }
        return readMachine(file);
    }

    private static Machine readMachine(Path machineFile) {
        Machine machine;
        try {
            machine = JSON.readValue(machineFile.toFile(), Machine.class);
        } catch (JsonProcessingException e) {
            throw new UserError(machineFile + ": not a machine description (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UserError(machineFile + ": cannot be read (" + e.getMessage() + ")");
        }
        if (machine.name() == null || machine.name().isBlank()) {
            throw new UserError(machineFile + ": a machine description needs a name");
        }
        return machine;
    }

    private static List<Path> sorted(Path directory, Predicate<Path> filter) throws IOException {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(filter)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }
}
