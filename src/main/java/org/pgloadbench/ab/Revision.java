package org.pgloadbench.ab;

/**
 * One side of an A/B run: the revision as the user named it, the commit it resolved to (null for
 * the working tree, which is whatever the running jar was built from), and its short name: the
 * abbreviated commit, with {@code +changes} for a working tree whose tracked files differ from it.
 */
public record Revision(String asked, String commit, String shortName) {
    public boolean isWorkingTree() {
        return commit == null;
    }

    /** {@code HEAD~1 (1a2b3c4)}, {@code 1a2b3c4}, {@code working tree (9f27abf+changes)}. */
    public String label() {
        if (isWorkingTree()) {
            return "working tree (" + shortName + ")";
        }
        return commit.startsWith(asked) ? shortName : asked + " (" + shortName + ")";
    }
}
