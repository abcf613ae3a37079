package org.pgloadbench.gallery;

import java.util.Locale;

/**
 * A machine of the gallery as its contributor names it, with what a result file cannot read for
 * itself: the disk and, in a cloud, the instance type. CPU, cores, memory and the software come from
 * each result file's environment.
 *
 * @param name         how the gallery shows it: {@code laptop, M2 Pro} or {@code c7i.xlarge, gp3}
 * @param disk         the disk the server's data lived on, as the contributor describes it; null if not given
 * @param instanceType a cloud instance type; null elsewhere
 */
public record Machine(String name, String disk, String instanceType) {
    static final int MAX_NAME_LENGTH = 60;

    /** The machine's directory name: its name in lower case, every run of other characters a dash. */
    public String directoryName() {
        String slug = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "machine" : slug;
    }
}
