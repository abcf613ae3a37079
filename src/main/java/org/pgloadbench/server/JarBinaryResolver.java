package org.pgloadbench.server;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Hands zonky the PostgreSQL archive ({@code postgres-<system>-<arch>.txz}) inside one binaries jar
 * that is not on the classpath. A record, so zonky's cache of unpacked binaries, keyed by resolver,
 * finds the same release again.
 */
record JarBinaryResolver(Path jar) implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry archive = zip.stream()
                .filter(entry -> entry.getName().endsWith(".txz"))
                .findFirst()
                .orElse(null);
        if (archive == null) {
            zip.close();
            throw new IOException(jar + " holds no PostgreSQL archive (.txz)");
        }
        return new FilterInputStream(zip.getInputStream(archive)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
