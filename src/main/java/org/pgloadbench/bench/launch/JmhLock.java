package org.pgloadbench.bench.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pgloadbench.UserError;

/**
 * The machine-wide lock JMH takes so that two benchmark runs never share a machine's cores. The
 * launcher holds it for a whole run, psql yardstick included, and refuses to start a second run
 * while a first one (of this suite or any other JMH benchmark) holds it. Its JMH hosts then run JMH
 * with a private temporary directory, and so a private lock. {@code -Djmh.ignoreLock=true}, JMH's
 * own switch, skips it.
 */
public final class JmhLock implements AutoCloseable {
    private final FileChannel channel;

    private JmhLock(FileChannel channel) {
        this.channel = channel;
    }

    public static JmhLock acquire() {
        if (Boolean.getBoolean("jmh.ignoreLock")) {
            return new JmhLock(null);
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserError("another benchmark run holds JMH's lock (" + file + "); two runs at once would "
                        + "disturb each other's numbers, so wait for it to finish");
            }
            return new JmhLock(channel);
        } catch (IOException e) {
            throw new UserError("cannot take JMH's lock " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Closing the channel releases the lock. */
    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
