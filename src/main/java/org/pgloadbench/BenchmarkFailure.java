package org.pgloadbench;

/** A benchmark that failed while running, a failed verification above all: the run has no valid result. */
public final class BenchmarkFailure extends RuntimeException {
    public BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
