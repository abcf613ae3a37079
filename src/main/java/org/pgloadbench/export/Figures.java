package org.pgloadbench.export;

/** Figures as exports write them: to the places the measurement supports. */
final class Figures {
    private Figures() {}

    /** The nearest value with that many decimals, which JSON then writes as short as it is. */
    static double rounded(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
