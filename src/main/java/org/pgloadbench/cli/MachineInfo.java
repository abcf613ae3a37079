package org.pgloadbench.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pgloadbench.Memory;
import org.pgloadbench.result.Environment;

/** Reads the machine's identity and size: hostname, CPU model, cores, memory (a container's limit inside one), idle governor. */
public final class MachineInfo {
    private MachineInfo() {}

    public static Environment.Machine collect() {
        return new Environment.Machine(
                hostname(),
                cpuModel().orElse(null),
                Runtime.getRuntime().availableProcessors(),
                Memory.totalBytes(),
                cpuidleGovernor().orElse(null));
    }

    public static Environment.Os os() {
        return new Environment.Os(
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
    }

    public static Environment.Jdk jdk() {
        return new Environment.Jdk(
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"));
    }

    static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment != null ? fromEnvironment : "unknown-host";
        }
    }

    private static Optional<String> cpuModel() {
        return procLine("/proc/cpuinfo", "model name")
                .map(line -> line.substring(line.indexOf(':') + 1).trim());
    }

    private static Optional<String> cpuidleGovernor() {
        return procLine("/sys/devices/system/cpu/cpuidle/current_governor", "");
    }

    private static Optional<String> procLine(String file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
