package org.pgloadbench.dataset;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Generates the benchmark's rows from a seed: the same seed and row count give the same rows, so
 * every strategy, fork and machine loads identical data.
 *
 * <p>The values are shaped like a real users table: names with accents and apostrophes (so text
 * encoders do real work), e-mail addresses, a few missing e-mails (NULLs), two-decimal scores and
 * timestamps over ten years with microsecond precision. A row is about 80 bytes in COPY text form.
 */
public final class RowGenerator {
    public static final long DEFAULT_SEED = 20_240_917L;
    /** Rows per chunk of a streamed source, about 4 MB: large enough that per-chunk costs vanish, small enough for any heap. */
    public static final int STREAM_CHUNK_ROWS = 64 * 1024;

    private static final String[] FIRST_NAMES = {
        "Ada", "Grace", "Linus", "Margaret", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia",
        "José", "Zoë", "Søren", "Łukasz", "Ingrid", "Hiroshi", "Amélie", "Björn", "Chidi", "Priya",
    };
    private static final String[] LAST_NAMES = {
        "Lovelace", "Hopper", "Torvalds", "Hamilton", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson",
        "Perlman", "O'Connor", "Müller", "García", "Kowalski", "Nakamura", "d'Artagnan", "Okafor",
        "Johansson", "Van der Berg", "Ramanujan",
    };
    private static final String[] DOMAINS = {"example.com", "mail.example.org", "users.example.net"};

    private static final long FIRST_CREATED_AT = micros("2015-01-01T00:00:00Z");
    private static final long CREATED_AT_SPAN = micros("2025-01-01T00:00:00Z") - FIRST_CREATED_AT;
    /** About one user in thirty has no e-mail address, so every encoder handles NULL on every load. */
    private static final int NULL_EMAIL_ONE_IN = 30;

    private static final byte[] NOTHING = {};
    /** UTF-8 of "First Last" and of "first.last" for every pair, made once: most of a row's text. */
    private static final byte[][][] FULL_NAMES = new byte[FIRST_NAMES.length][LAST_NAMES.length][];
    private static final byte[][][] EMAIL_PREFIXES = new byte[FIRST_NAMES.length][LAST_NAMES.length][];
    private static final byte[][] EMAIL_SUFFIXES = new byte[DOMAINS.length][];

    static {
        for (int f = 0; f < FIRST_NAMES.length; f++) {
            for (int l = 0; l < LAST_NAMES.length; l++) {
                FULL_NAMES[f][l] = utf8(FIRST_NAMES[f] + " " + LAST_NAMES[l]);
                EMAIL_PREFIXES[f][l] = utf8(asciiLowerCase(FIRST_NAMES[f]) + "." + asciiLowerCase(LAST_NAMES[l]));
            }
        }
        for (int d = 0; d < DOMAINS.length; d++) {
            EMAIL_SUFFIXES[d] = utf8("@" + DOMAINS[d]);
        }
    }

    private final long seed;

    public RowGenerator(long seed) {
        this.seed = seed;
    }

    /** All rows of a load, in memory. */
    public Rows generate(int rowCount) {
        if (rowCount < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rowCount);
        }
        return generate(new SplittableRandom(seed), 0, rowCount);
    }

    /**
     * The same rows as {@link #generate(int)}, made a chunk at a time while they are loaded, so a
     * load of any size needs the memory of one chunk.
     */
    public RowSource stream(int rowCount) {
        if (rowCount < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rowCount);
        }
        return new StreamedRows(rowCount, seed, this::generate);
    }

    /** Rows {@code firstRow} onwards, continuing {@code random} where the previous chunk left it. */
    Rows generate(SplittableRandom random, long firstRow, int rowCount) {
        long[] ids = new long[rowCount];
        TextColumn.Builder names = new TextColumn.Builder(rowCount, 16);
        TextColumn.Builder emails = new TextColumn.Builder(rowCount, 32);
        double[] scores = new double[rowCount];
        long[] createdAt = new long[rowCount];
        for (int row = 0; row < rowCount; row++) {
            long id = firstRow + row + 1;
            ids[row] = id;
            int first = random.nextInt(FIRST_NAMES.length);
            int last = random.nextInt(LAST_NAMES.length);
            names.addUtf8(FULL_NAMES[first][last], -1, NOTHING);
            if (random.nextInt(NULL_EMAIL_ONE_IN) == 0) {
                emails.add(null);
            } else {
                // first.last<id>@domain
                emails.addUtf8(EMAIL_PREFIXES[first][last], id, EMAIL_SUFFIXES[random.nextInt(DOMAINS.length)]);
            }
            scores[row] = random.nextInt(1_000_000) / 100.0;
            createdAt[row] = FIRST_CREATED_AT + random.nextLong(CREATED_AT_SPAN);
        }
        return new Rows(ids, names.build(), emails.build(), scores, createdAt);
    }

    private static String asciiLowerCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An ISO-8601 instant as microseconds since the Unix epoch, the unit of every timestamp here. */
    static long micros(String instant) {
        Instant at = Instant.parse(instant);
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
}
