package org.pgloadbench.dataset;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The rows of the {@code users} table exactly as the suite has always generated them, so earlier
 * result files and the CI baseline stay comparable; written by hand for speed.
 *
 * <p>The values are shaped like a real users table: names with accents and apostrophes (so text
 * encoders do real work), e-mail addresses, a few missing e-mails (NULLs), two-decimal scores and
 * timestamps over ten years with microsecond precision. A row is about 90 bytes in COPY text form.
 * One random sequence runs through all columns of a row, which is why this table does not use the
 * per-column generators of the other shapes.
 */
final class UsersGenerator implements RowsGenerator {
    private static final String[] FIRST_NAMES = {
        "Ada", "Grace", "Linus", "Margaret", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia",
        "José", "Zoë", "Søren", "Łukasz", "Ingrid", "Hiroshi", "Amélie", "Björn", "Chidi", "Priya",
    };
    private static final String[] LAST_NAMES = {
        "Lovelace",
        "Hopper",
        "Torvalds",
        "Hamilton",
        "Dijkstra",
        "Liskov",
        "Knuth",
        "Allen",
        "Thompson",
        "Perlman",
        "O'Connor",
        "Müller",
        "García",
        "Kowalski",
        "Nakamura",
        "d'Artagnan",
        "Okafor",
        "Johansson",
        "Van der Berg",
        "Ramanujan",
    };
    private static final String[] DOMAINS = {"example.com", "mail.example.org", "users.example.net"};

    private static final long FIRST_CREATED_AT = RowGenerator.micros("2015-01-01T00:00:00Z");
    private static final long CREATED_AT_SPAN = RowGenerator.micros("2025-01-01T00:00:00Z") - FIRST_CREATED_AT;
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

    @Override
    public Pass start(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return (firstRow, rowCount) -> generate(random, firstRow, rowCount);
    }

    /** Rows {@code firstRow} onwards, continuing {@code random} where the previous chunk left it. */
    private static Rows generate(SplittableRandom random, long firstRow, int rowCount) {
        long[] ids = new long[rowCount];
        BytesColumn.Builder names = new BytesColumn.Builder(rowCount, 16);
        BytesColumn.Builder emails = new BytesColumn.Builder(rowCount, 32);
        double[] scores = new double[rowCount];
        long[] createdAt = new long[rowCount];
        for (int row = 0; row < rowCount; row++) {
            long id = firstRow + row + 1;
            ids[row] = id;
            int first = random.nextInt(FIRST_NAMES.length);
            int last = random.nextInt(LAST_NAMES.length);
            names.addUtf8(FULL_NAMES[first][last], -1, NOTHING);
            if (random.nextInt(NULL_EMAIL_ONE_IN) == 0) {
                emails.addNull();
            } else {
                // first.last<id>@domain
                emails.addUtf8(EMAIL_PREFIXES[first][last], id, EMAIL_SUFFIXES[random.nextInt(DOMAINS.length)]);
            }
            scores[row] = random.nextInt(1_000_000) / 100.0;
            createdAt[row] = FIRST_CREATED_AT + random.nextLong(CREATED_AT_SPAN);
        }
        return new Rows(
                LongColumn.of(ids), names.build(), emails.build(), DoubleColumn.of(scores), LongColumn.of(createdAt));
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
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
