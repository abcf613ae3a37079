package org.pgloadbench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.pgloadbench.result.AtomicFiles;

/**
 * Saves a chart as PNG and SVG beside each other. Both are rendered in memory before either file
 * is touched, and each is then written whole or not at all, so a failed render never destroys a
 * chart rendered before.
 */
final class ChartFiles {
    static {
        // In memory, not through a temporary file: ImageIO's file cache registers a shutdown hook
        // per stream, which fails while the JVM shuts down, and a run interrupted by Ctrl-C still
        // draws the charts of what it measured.
        ImageIO.setUseCache(false);
    }

    private ChartFiles() {}

    /** Writes {@code base.png} and {@code base.svg}; returns the PNG's path first. */
    static List<Path> save(Chart<?, ?> chart, Path base) throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return List.of(
                AtomicFiles.replace(Path.of(base + ".png"), out -> out.write(png)),
                AtomicFiles.replace(Path.of(base + ".svg"), svg::writeTo));
    }
}
