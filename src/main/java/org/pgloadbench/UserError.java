package org.pgloadbench;

/**
 * A problem the user can fix (a bad flag, an unreachable server, a malformed file). The command
 * line prints its message as one sentence and exits with status 2, without a stack trace.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
