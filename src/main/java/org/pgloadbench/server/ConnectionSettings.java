package org.pgloadbench.server;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.pgloadbench.Passwords;

/**
 * How to reach the server: a JDBC URL that never carries a user or password, plus user and password
 * kept apart. A URL may come in any form people paste: {@code jdbc:postgresql://host/db?user=u&password=p},
 * with user info ({@code jdbc:postgresql://u:p@host/db}, which pgjdbc itself would take for a host
 * name), or as libpq writes it ({@code postgresql://u:p@host/db}). Percent-encoding is decoded as
 * pgjdbc decodes it, so a password authenticates here exactly as it would in the driver.
 */
public record ConnectionSettings(String jdbcUrl, String user, String password) {
    private static final Pattern URL_PREFIX =
            Pattern.compile("^(jdbc:postgresql:|postgres(ql)?:)", Pattern.CASE_INSENSITIVE);

    /**
     * Parses {@code url}, taking user and password out of it; a user or password in the URL wins
     * over {@code user} and {@code password}.
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL
     */
    public static ConnectionSettings of(String url, String user, String password) {
        if (!URL_PREFIX.matcher(url).find()) {
            throw new IllegalArgumentException(
                    "'" + Passwords.mask(url) + "' is not a PostgreSQL URL: it should start with "
                            + "jdbc:postgresql:// (or postgresql:// as libpq writes it)");
        }
        String rest = URL_PREFIX.matcher(url).replaceFirst("");
        String query = "";
        int questionMark = rest.indexOf('?');
        if (questionMark >= 0) {
            query = rest.substring(questionMark + 1);
            rest = rest.substring(0, questionMark);
        }
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                int colon = userInfo.indexOf(':');
                user = percentDecoded(colon < 0 ? userInfo : userInfo.substring(0, colon), "user");
                if (colon >= 0) {
                    password = percentDecoded(userInfo.substring(colon + 1), "password");
                }
                rest = "//" + authority.substring(at + 1) + (slash < 0 ? "" : rest.substring(slash));
            }
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("[&;]")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            if (name.equalsIgnoreCase("password")) {
                password = queryDecoded(value, "password");
            } else if (name.equalsIgnoreCase("user")) {
                user = queryDecoded(value, "user");
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        String cleanUrl = "jdbc:postgresql:" + rest + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new ConnectionSettings(cleanUrl, user, password);
    }

    public Connection open() throws SQLException {
        return open(Map.of());
    }

    /** A connection with driver properties of its own, e.g. {@code reWriteBatchedInserts}. */
    public Connection open(Map<String, String> driverProperties) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(driverProperties);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Sets PGUSER and PGPASSWORD (or removes a PGPASSWORD this server does not use) for a program that connects as libpq would. */
    public void exportAsLibpq(Map<String, String> environment) {
        environment.put("PGUSER", user);
        if (password == null) {
            environment.remove("PGPASSWORD");
        } else {
            environment.put("PGPASSWORD", password);
        }
    }

    /** libpq's percent-decoding of URI user info: unlike a query value, '+' stays '+'. */
    private static String percentDecoded(String text, String what) {
        return queryDecoded(text.replace("+", "%2B"), what);
    }

    /**
     * A query value decoded as pgjdbc decodes it; a malformed escape is refused naming the part,
     * never quoting it (it may be the password).
     */
    private static String queryDecoded(String text, String what) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the URL's " + what + " is not valid percent-encoding: each % must be "
                            + "followed by two hex digits (%25 for a % itself)",
                    e);
        }
    }

    /** The one host and port the URL names (pgjdbc's defaults filled in). */
    public InetSocketAddress serverAddress() {
        Properties parsed = org.postgresql.Driver.parseURL(jdbcUrl, null);
        String host = parsed == null ? null : parsed.getProperty("PGHOST");
        if (host == null || host.contains(",")) {
            throw new IllegalArgumentException(Passwords.mask(jdbcUrl) + " names " + (host == null ? "no" : "several")
                    + " hosts; " + "a latency proxy needs exactly one");
        }
        return new InetSocketAddress(host, Integer.parseInt(parsed.getProperty("PGPORT", "5432")));
    }

    /** The same database, user and parameters, reached through {@code proxy} instead. */
    public ConnectionSettings through(InetSocketAddress proxy) {
        String address = proxy.getAddress() instanceof java.net.Inet6Address
                ? "[" + proxy.getAddress().getHostAddress() + "]"
                : proxy.getAddress().getHostAddress();
        return at(address, proxy.getPort());
    }

    /**
     * The same database, user and parameters on another server: a Citus worker, named as its
     * coordinator names it (a host name, resolved when connecting, or an address).
     *
     * @throws IllegalArgumentException where this URL names no single host to replace
     */
    public ConnectionSettings at(String host, int port) {
        serverAddress();
        String rest = jdbcUrl.startsWith("jdbc:postgresql://")
                ? jdbcUrl.replaceFirst("^jdbc:postgresql://[^/?]*", "")
                : "/" + jdbcUrl.substring("jdbc:postgresql:".length());
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return new ConnectionSettings("jdbc:postgresql://" + bracketed + ":" + port + rest, user, password);
    }

    @Override
    public String toString() {
        return jdbcUrl + (user == null ? "" : " as " + user);
    }
}
