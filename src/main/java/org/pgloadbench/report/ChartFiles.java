package org.pgloadbench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves a chart as PNG and SVG beside each other, each written to a temporary name first and then
 * renamed, so a failed render never destroys a chart rendered before.
 */
final class ChartFiles {
    private ChartFiles() {
    }

    /** Writes {@code base.png} and {@code base.svg}; returns the PNG's path first. */
    static List<Path> save(Chart<?, ?> chart, Path base) throws IOException {
        Path directory = base.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path png = Path.of(base + ".png");
        Path svg = Path.of(base + ".svg");
        Path temporaryPng = Files.createTempFile(directory, ".chart", ".png");
        Path temporarySvg = Files.createTempFile(directory, ".chart", ".svg");
        try {
            BitmapEncoder.saveBitmap(chart, temporaryPng.toString(), BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(chart, temporarySvg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            Files.move(temporaryPng, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporarySvg, svg, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporaryPng);
            Files.deleteIfExists(temporarySvg);
        }
        return List.of(png, svg);
    }
}
