package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
    @Test
    void throughAProxyKeepsDatabaseUserAndParameters() {
        ConnectionSettings settings = ConnectionSettings.of(
                "jdbc:postgresql://db.example:6543/bench?user=me&password=pw&ssl=false", null, null);
        assertEquals(
                new java.net.InetSocketAddress("db.example", 6543).getHostString(),
                settings.serverAddress().getHostString());
        assertEquals(6543, settings.serverAddress().getPort());

        ConnectionSettings proxied =
                settings.through(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 40001));

        assertEquals("jdbc:postgresql://127.0.0.1:40001/bench?ssl=false", proxied.jdbcUrl());
        assertEquals("me", proxied.user());
        assertEquals("pw", proxied.password());
    }

    @Test
    void aUrlWithoutHostMeansLocalhost5432AndSeveralHostsCannotBeProxied() {
        assertEquals(
                5432,
                ConnectionSettings.of("jdbc:postgresql:bench", "me", null)
                        .serverAddress()
                        .getPort());
        assertEquals(
                "jdbc:postgresql://127.0.0.1:40001/bench",
                ConnectionSettings.of("jdbc:postgresql:bench", "me", null)
                        .through(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 40001))
                        .jdbcUrl());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ConnectionSettings.of("jdbc:postgresql://a:1,b:2/bench", "me", null)
                        .serverAddress());
        assertTrue(e.getMessage().contains("names several hosts"), e.getMessage());
    }

    @Test
    void takesThePasswordOutOfTheUrl() {
        ConnectionSettings settings =
                ConnectionSettings.of("jdbc:postgresql://db:5432/bench?password=s3cret&user=me&ssl=false", null, null);
        assertEquals("jdbc:postgresql://db:5432/bench?ssl=false", settings.jdbcUrl());
        assertEquals("me", settings.user());
        assertEquals("s3cret", settings.password());
    }

    @Test
    void takesUserInfoOutOfAJdbcUrl() {
        ConnectionSettings settings =
                ConnectionSettings.of("jdbc:postgresql://u:S3cr3tXYZ@127.0.0.1:1/x", "other", null);
        assertEquals("jdbc:postgresql://127.0.0.1:1/x", settings.jdbcUrl());
        assertEquals("u", settings.user());
        assertEquals("S3cr3tXYZ", settings.password());
    }

    @Test
    void acceptsLibpqUris() {
        ConnectionSettings settings =
                ConnectionSettings.of("postgresql://me:p%40ss+word@db.example:6543/bench?sslmode=disable", null, "env");
        assertEquals("jdbc:postgresql://db.example:6543/bench?sslmode=disable", settings.jdbcUrl());
        assertEquals("me", settings.user());
        assertEquals("p@ss+word", settings.password(), "user info is percent-decoded as libpq does: '+' stays");
        assertEquals(
                "jdbc:postgresql://db/x",
                ConnectionSettings.of("postgres://db/x", null, null).jdbcUrl());
    }

    @Test
    void decodesAPasswordParameterAsPgjdbcDoes() {
        ConnectionSettings settings = ConnectionSettings.of("jdbc:postgresql://db/x?password=S3cr3t%58YZ", null, null);
        assertEquals("S3cr3tXYZ", settings.password());
        assertEquals(
                "a b",
                ConnectionSettings.of("jdbc:postgresql://db/x?password=a+b", null, null)
                        .password());
    }

    @Test
    void keepsTheFallbackUserAndPasswordWhenTheUrlHasNone() {
        ConnectionSettings settings = ConnectionSettings.of("jdbc:postgresql://db/x", "me", "pw");
        assertEquals("me", settings.user());
        assertEquals("pw", settings.password());
    }

    @Test
    void refusesWhatIsNotAPostgresqlUrl() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ConnectionSettings.of("mysql://u:s3cret@db/x", null, null));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
