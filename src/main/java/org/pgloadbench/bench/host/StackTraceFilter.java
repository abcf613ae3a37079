package org.pgloadbench.bench.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * JMH's console output with the stack traces left out. When a fork's benchmark throws (a server
 * that went away mid-load), JMH prints the exception and every frame after the iteration's
 * {@code <failure>}; the launcher says what failed in one sentence instead, so the exception's
 * lines are dropped here, whole lines at a time, and everything else passes unchanged.
 */
final class StackTraceFilter extends OutputStream {
    private static final Pattern TRACE_LINE =
            Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)|^\\s*(Caused by|Suppressed): ");

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    /** After a {@code <failure>}: its blank line, the exception's own line and its trace are dropped. */
    private boolean inFailure;

    StackTraceFilter(OutputStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    private void emit() throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        String bare = text.strip();
        boolean trace = TRACE_LINE.matcher(text).find();
        if (inFailure && !trace && !bare.isEmpty() && !looksLikeExceptionHeader(bare)) {
            inFailure = false;
        }
        if (!trace && !(inFailure && !bare.isEmpty())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        if (bare.endsWith("<failure>")) {
            inFailure = true;
        }
    }

    /** {@code org.postgresql.util.PSQLException: FATAL: ...}: a class name, then the message. */
    private static boolean looksLikeExceptionHeader(String text) {
        return text.matches("^[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error|Failure|Throwable)\\b.*");
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (line.size() > 0) {
            emit();
        }
        out.flush();
    }
}
