package org.pgloadbench.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which zonky PostgreSQL release the embedded server runs: the one this jar carries, or another
 * fetched from Maven Central when the run starts. A major version names a pinned release, the same
 * for every platform so that machines compared run the same server; an exact release
 * ({@code 16.15.0}) names itself.
 */
public record EmbeddedRelease(int major, String release, boolean inJar) {
    /**
     * The newest release of each older major that zonky publishes for all five platforms
     * (linux amd64 and arm64v8, darwin amd64 and arm64v8, windows amd64), checked on Maven Central.
     */
    private static final Map<Integer, String> PINNED =
            Map.of(14, "14.22.0", 15, "15.19.0", 16, "16.15.0", 17, "17.11.0");

    private static final Pattern EXACT = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");
    private static final EmbeddedRelease BUNDLED = readBundled();

    /** The release on the classpath: no download, the default. */
    public static EmbeddedRelease bundled() {
        return BUNDLED;
    }

    /** {@code 16} or {@code 16.15.0}; the bundled major or release means the bundled binaries. */
    public static EmbeddedRelease parse(String text) {
        String value = text.strip();
        Matcher exact = EXACT.matcher(value);
        if (exact.matches()) {
            return value.equals(BUNDLED.release)
                    ? BUNDLED
                    : new EmbeddedRelease(Integer.parseInt(exact.group(1)), value, false);
        }
        if (value.matches("\\d{1,3}")) {
            int major = Integer.parseInt(value);
            if (major == BUNDLED.major) {
                return BUNDLED;
            }
            if (PINNED.containsKey(major)) {
                return new EmbeddedRelease(major, PINNED.get(major), false);
            }
        }
        throw new IllegalArgumentException("--pg-version " + value + ": give a PostgreSQL major version from 14 to "
                + BUNDLED.major + " or an exact zonky release such as " + PINNED.get(16));
    }

    public String label() {
        return release + (inJar ? " (bundled)" : "");
    }

    private static EmbeddedRelease readBundled() {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedRelease.class.getResourceAsStream("bundled-postgres.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the build did not record which PostgreSQL binaries this jar carries", e);
        }
        String release = Platform.current().map(properties::getProperty).orElse(properties.getProperty("version"));
        Matcher exact = EXACT.matcher(release);
        if (!exact.matches()) {
            throw new IllegalStateException("bundled-postgres.properties names no release: " + release);
        }
        return new EmbeddedRelease(Integer.parseInt(exact.group(1)), release, true);
    }
}
