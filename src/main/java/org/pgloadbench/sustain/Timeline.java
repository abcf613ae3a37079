package org.pgloadbench.sustain;

import java.util.ArrayList;
import java.util.List;

/**
 * One strategy's sustained run: its batches in order and what verification found once they ended.
 *
 * @param setting  what was loaded, as labels say it ({@code users, indexes pk+2, uuidv7 keys})
 * @param verified null while batches are still coming; then true, or false with {@code problem}
 */
public record Timeline(String strategy, String setting, List<Batch> batches, Boolean verified, String problem) {
    public Timeline {
        batches = batches == null ? List.of() : List.copyOf(batches);
    }

    /** The first batch's rate, into the empty table: the figure a burst benchmark reports. */
    public double burstRowsPerSecond() {
        return batches.get(0).rowsPerSecond();
    }

    /** Rows over wall time of the last quarter of the batches (at least one): what the table sustains as it grows. */
    public double sustainedRowsPerSecond() {
        List<Batch> last = lastQuarter();
        long nanos = last.stream().mapToLong(batch -> batch.cost().wallNanos()).sum();
        return rows(last) / (nanos / 1e9);
    }

    /** The loads' share of the time from the first load's start to the last one's end: the rest is the pauses between. */
    public double loadingShare() {
        long loading =
                batches.stream().mapToLong(batch -> batch.cost().wallNanos()).sum();
        long pauses = batches.stream().mapToLong(Batch::pauseNanos).sum();
        return (double) loading / (loading + pauses);
    }

    public double sustainedOverBurst() {
        return sustainedRowsPerSecond() / burstRowsPerSecond();
    }

    public List<Batch> firstQuarter() {
        return batches.subList(0, Math.max(1, batches.size() / 4));
    }

    /** WAL bytes per row sent over {@code some} batches. */
    public static double walBytesPerRow(List<Batch> some) {
        return (double) some.stream()
                        .mapToLong(batch -> batch.cost().walBytes())
                        .sum()
                / rows(some);
    }

    /** Full-page images per row over {@code some} batches; null where the server does not count them. */
    public static Double fullPageImagesPerRow(List<Batch> some) {
        if (some.stream().anyMatch(batch -> batch.cost().fullPageImages() == null)) {
            return null;
        }
        return (double) some.stream()
                        .mapToLong(batch -> batch.cost().fullPageImages())
                        .sum()
                / rows(some);
    }

    private static long rows(List<Batch> some) {
        return some.stream().mapToLong(batch -> batch.cost().rows()).sum();
    }

    public List<Batch> lastQuarter() {
        return batches.subList(batches.size() - Math.max(1, batches.size() / 4), batches.size());
    }

    public long rows() {
        return batches.isEmpty() ? 0 : batches.get(batches.size() - 1).rowsAfter();
    }

    Timeline with(Batch batch) {
        List<Batch> more = new ArrayList<>(batches);
        more.add(batch);
        return new Timeline(strategy, setting, more, null, null);
    }

    Timeline verified(boolean passed, String found) {
        return new Timeline(strategy, setting, batches, passed, found);
    }
}
