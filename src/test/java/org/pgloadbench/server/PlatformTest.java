package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each JVM's spelling of a platform maps to the zonky artifact that runs there, or to none. */
class PlatformTest {
    @ParameterizedTest
    @CsvSource({
        "Linux, amd64, false, linux-amd64",
        "Linux, x86_64, false, linux-amd64",
        "Linux, amd64, true, linux-amd64-alpine",
        "Linux, aarch64, false, linux-arm64v8",
        "Mac OS X, x86_64, false, darwin-amd64",
        "Mac OS X, aarch64, false, darwin-arm64v8",
        "Windows 11, amd64, false, windows-amd64",
        "Windows 11, aarch64, false, ''",
        "Linux, x86, false, ''",
        "SunOS, amd64, false, ''"
    })
    void artifactPlatform(String osName, String osArch, boolean musl, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), Platform.of(osName, osArch, musl));
    }
}
