package org.pgloadbench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach the server: a JDBC URL that never carries the password, plus user and password kept
 * apart. Benchmark forks receive these as system properties; the password travels in a file that
 * only the owner can read, because JMH records every fork JVM argument in its results.
 */
public record ConnectionSettings(String jdbcUrl, String user, String password) {
    static final String URL_PROPERTY = "pgloadbench.jdbcUrl";
    static final String USER_PROPERTY = "pgloadbench.user";
    static final String PASSWORD_FILE_PROPERTY = "pgloadbench.passwordFile";

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("([?&;]password=)([^&;]*)", Pattern.CASE_INSENSITIVE);

    /** Splits the password out of {@code url}, if it holds one; {@code password} wins otherwise. */
    public static ConnectionSettings of(String url, String user, String password) {
        Matcher inUrl = PASSWORD_PARAMETER.matcher(url);
        String urlPassword = inUrl.find() ? inUrl.group(2) : null;
        String cleanUrl = PASSWORD_PARAMETER.matcher(url).replaceAll("")
                .replaceFirst("^([^?]*)&", "$1?");
        return new ConnectionSettings(cleanUrl, user, urlPassword != null ? urlPassword : password);
    }

    /** The URL with any password replaced by {@code ***}: the only form of a URL fit to print. */
    public static String mask(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    public Connection open() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /**
     * The JVM arguments that let a benchmark fork connect; writes the password, if any, to a
     * file readable by the owner only, deleted when this JVM exits.
     */
    public List<String> toForkArguments() throws IOException {
        List<String> arguments = new ArrayList<>();
        arguments.add("-D" + URL_PROPERTY + "=" + jdbcUrl);
        if (user != null) {
            arguments.add("-D" + USER_PROPERTY + "=" + user);
        }
        if (password != null) {
            Path file = Files.createTempFile("pgload-bench-", ".password",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            file.toFile().deleteOnExit();
            Files.writeString(file, password, StandardCharsets.UTF_8);
            arguments.add("-D" + PASSWORD_FILE_PROPERTY + "=" + file);
        }
        return arguments;
    }

    /** Reads what {@link #toForkArguments()} passed; fails with a sentence when nothing was. */
    public static ConnectionSettings fromSystemProperties() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("no server: run the benchmarks through ./run-bench.sh, or pass -jvmArgs \"-D"
                    + URL_PROPERTY + "=jdbc:postgresql://host:port/db -D" + USER_PROPERTY + "=user\" to JMH");
        }
        String passwordFile = System.getProperty(PASSWORD_FILE_PROPERTY);
        try {
            String password = passwordFile == null ? null : Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8);
            return new ConnectionSettings(url, System.getProperty(USER_PROPERTY), password);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return mask(jdbcUrl) + (user == null ? "" : " as " + user);
    }
}
