package org.pgloadbench;

/** What a chain of exceptions comes down to, for a one-sentence message. */
public final class Causes {
    private Causes() {}

    /** The innermost cause's message: a library's wrappers around it say less than it does. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).strip();
    }
}
