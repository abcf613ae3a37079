package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
    @Test
    void takesThePasswordOutOfTheUrl() {
        ConnectionSettings settings = ConnectionSettings.of("jdbc:postgresql://db:5432/bench?password=s3cret&user=me", null, null);
        assertEquals("jdbc:postgresql://db:5432/bench?user=me", settings.jdbcUrl());
        assertEquals("s3cret", settings.password());
    }

    @Test
    void masksPasswordsInAnyPosition() {
        assertEquals("jdbc:postgresql://db/x?user=me&password=***&ssl=true",
                ConnectionSettings.mask("jdbc:postgresql://db/x?user=me&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://db/x?PASSWORD=***", ConnectionSettings.mask("jdbc:postgresql://db/x?PASSWORD=s3cret"));
    }

    @Test
    void forkArgumentsNeverCarryThePassword() throws Exception {
        ConnectionSettings settings = ConnectionSettings.of("jdbc:postgresql://db/x?user=me&password=s3cret", "me", null);
        List<String> arguments = settings.toForkArguments();

        assertFalse(String.join(" ", arguments).contains("s3cret"));
        String fileArgument = arguments.stream().filter(a -> a.contains(ConnectionSettings.PASSWORD_FILE_PROPERTY)).findFirst().orElseThrow();
        Path file = Path.of(fileArgument.substring(fileArgument.indexOf('=') + 1));
        assertEquals("s3cret", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(settings.toString().contains("s3cret"));
    }
}
