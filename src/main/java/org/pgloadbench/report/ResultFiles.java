package org.pgloadbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes result files whole or not at all: to a temporary name first, then renamed into place. */
public final class ResultFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ResultFiles() {
    }

    /**
     * The dated base name shared by a run's result file and charts, e.g.
     * {@code 2026-11-21T221500Z_host_embedded-pg18_quick}.
     */
    public static String baseName(Instant createdAt, Environment environment, String profile) {
        String host = environment.machine().hostname().replaceAll("[^A-Za-z0-9.-]", "-");
        int major = environment.postgres().serverVersionNumber() / 10_000;
        return STAMP.format(createdAt) + "_" + host + "_" + environment.postgres().target() + "-pg" + major + "_"
                + profile.toLowerCase(Locale.ROOT);
    }

    public static Path write(Path directory, String baseName, ResultFile result) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(baseName + ".json");
        Path temporary = Files.createTempFile(directory, "." + baseName, ".json.tmp");
        try {
            JSON.writeValue(temporary.toFile(), result);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    public static ResultFile read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ResultFile.class);
    }
}
