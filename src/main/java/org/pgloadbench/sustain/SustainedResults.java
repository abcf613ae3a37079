package org.pgloadbench.sustain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.pgloadbench.UserError;
import org.pgloadbench.result.AtomicFiles;

/**
 * A sustained run's result file as the run goes: written whole after every batch (to a temporary
 * file, then renamed over the last), so whenever and however the run ends, Ctrl-C, a server that
 * dies, a full disk, the file holds every batch measured until then, marked incomplete with the
 * reason until the last strategy has been verified.
 */
public final class SustainedResults {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** What a file says while its run goes on: true of a file found after a crash that left no word. */
    static final String RUNNING = "the run ended before it could say why (the launcher was killed?)";

    private final Path directory;
    private final String baseName;
    private SustainedResult result;
    private Path file;
    private boolean newTimeline;
    private boolean ended;

    public SustainedResults(Path directory, String baseName, SustainedResult begun) {
        this.directory = directory;
        this.baseName = baseName;
        this.result = begun.incomplete(RUNNING);
    }

    /** The next timeline given to {@link #progress} is a new strategy's. */
    public synchronized void nextStrategy() {
        newTimeline = true;
    }

    /** Records the current strategy's timeline as it now stands, and writes the file. */
    public synchronized void progress(Timeline timeline) throws IOException {
        if (ended) {
            return;
        }
        result = result.withTimeline(
                timeline, !newTimeline && !result.timelines().isEmpty());
        newTimeline = false;
        write();
    }

    /** Marks the file complete, unless it was marked incomplete already; returns it. */
    public synchronized Path complete() throws IOException {
        if (ended) {
            return file; // Ctrl-C got here first, and the file says so
        }
        result = result.incomplete(null);
        write();
        ended = true;
        return file;
    }

    /**
     * Marks the file incomplete with {@code reason}, once; empty where no batch was measured (and
     * then no file is left). Later calls (Ctrl-C after a failure) change nothing.
     */
    public synchronized Optional<Path> incomplete(String reason) {
        if (ended || !result.hasBatches()) {
            ended = true;
            return Optional.ofNullable(file);
        }
        ended = true;
        result = result.incomplete(reason);
        try {
            write();
        } catch (IOException e) {
            // The file as last written holds every batch but the last: better than nothing.
        }
        return Optional.of(file);
    }

    public synchronized SustainedResult result() {
        return result;
    }

    private void write() throws IOException {
        if (!result.hasBatches()) {
            return;
        }
        file = file == null
                ? AtomicFiles.createNew(directory, baseName, ".json", out -> JSON.writeValue(out, result))
                : AtomicFiles.replace(file, out -> JSON.writeValue(out, result));
    }

    /** Reads a sustained run's file, for reports and tests; a file that is not one is a {@link UserError}. */
    public static SustainedResult read(Path file) {
        try {
            SustainedResult read = JSON.readValue(file.toFile(), SustainedResult.class);
            if (read.schemaVersion() != SustainedResult.SCHEMA_VERSION || read.timelines() == null) {
                throw new UserError(file + " is not a sustained run's result file");
            }
            return read;
        } catch (IOException e) {
            throw new UserError(file + " cannot be read as a sustained run's result file: " + e.getMessage(), e);
        }
    }
}
