package org.pgloadbench.lifecycle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The one temporary directory a run owns: the embedded server's data directory, its log and the
 * JMH host's output live inside it, so removing it removes everything the run left on disk.
 *
 * <p>It is removed three ways, so nothing survives any kind of end: by {@link #close()} on a normal
 * exit; by a small watchdog process that outlives a launcher killed with SIGKILL, stops the server
 * and deletes the directory; and, should the watchdog die too, by the next run, which removes every
 * directory here whose launcher is gone and says so. Directories live under
 * {@code <java.io.tmpdir>/pgload-bench-<user>/} and are named after their launcher's pid, with a
 * {@code launcher} file holding its start time, so no other program's files are ever touched.
 */
public final class RunDirectory implements AutoCloseable {
    private static final String MARKER = "launcher";
    /** Where a server started in this run keeps its data; the watchdog stops the postmaster it finds here. */
    private static final String DATA = "data";

    private final Path path;
    private final Optional<Process> watchdog;

    private RunDirectory(Path path, Optional<Process> watchdog) {
        this.path = path;
        this.watchdog = watchdog;
    }

    /** Removes what dead runs left behind (one line each on {@code notices}), then makes this run's directory. */
    public static RunDirectory create(PrintStream notices) throws IOException {
        Path parent = parent();
        Files.createDirectories(parent);
        removeLeftovers(parent, notices);
        ProcessHandle self = ProcessHandle.current();
        String name = self.pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        // Made under a hidden name and renamed once marked, so another run never sees it unmarked.
        Path unmarked = parent.resolve("." + name);
        createPrivateDirectory(unmarked);
        Files.writeString(unmarked.resolve(MARKER), self.pid() + " " + startTime(self), StandardCharsets.UTF_8);
        Path path = Files.move(unmarked, parent.resolve(name));
        return new RunDirectory(path, Watchdog.start(self.pid(), path, path.resolve(DATA)));
    }

    public Path path() {
        return path;
    }

    /** The data directory for a server this run starts (not created yet: initdb wants to create it). */
    public Path serverDataDirectory() {
        return path.resolve(DATA);
    }

    /**
     * Where the files a server reads itself go (the server's own file load): inside the run's
     * directory, so they go with it however the run ends. A container mounts it at the same path.
     */
    public static Path serverFiles(Path runDirectory) {
        return runDirectory.resolve("server-files");
    }

    /** Deletes the directory; the server in it must already be stopped. */
    @Override
    public void close() {
        deleteRecursively(path);
        watchdog.ifPresent(Process::destroyForcibly);
    }

    static Path parent() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "pgload-bench-" + user);
    }

    private static void removeLeftovers(Path parent, PrintStream notices) throws IOException {
        List<Path> children;
        try (Stream<Path> listed = Files.list(parent)) {
            children = listed.filter(child -> !child.getFileName().toString().startsWith("."))
                    .toList();
        }
        for (Path child : children) {
            if (launcherIsGone(child.resolve(MARKER))) {
                stopServer(child.resolve(DATA).resolve("postmaster.pid"));
                deleteRecursively(child);
                notices.println("Removed " + child + ", left behind by an earlier run that did not finish.");
            }
        }
    }

    /** False for anything that is not plainly a dead launcher's marker: such a directory is left alone. */
    private static boolean launcherIsGone(Path marker) {
        try {
            String[] recorded =
                    Files.readString(marker, StandardCharsets.UTF_8).trim().split(" ");
            Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(recorded[0]));
            return recorded.length == 2
                    && (launcher.isEmpty() || !startTime(launcher.get()).equals(recorded[1]));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Stops a postmaster a dead run left running: fast shutdown, then a kill if it does not go within 10 s. */
    private static void stopServer(Path pidFile) {
        try {
            long pid = Long.parseLong(
                    Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                    .filter(process -> process.info().command().orElse("").endsWith("postgres"));
            if (postmaster.isPresent()) {
                postmaster.get().destroy();
                try {
                    postmaster.get().onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    postmaster.get().destroyForcibly();
                }
            }
        } catch (IOException | RuntimeException | InterruptedException | ExecutionException e) {
            // No pid file (the server never started), or nothing left to stop: deleting follows anyway.
        }
    }

    private static String startTime(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("unknown");
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(directory);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Already gone, or going: the watchdog and the next run remove whatever stays.
        }
    }
}
