package org.pgloadbench.gallery;

import java.nio.file.Path;
import org.pgloadbench.result.ResultFile;

/** One run in the gallery: the machine it ran on and its result file, read and checked. */
public record GalleryEntry(Machine machine, Path file, ResultFile result) {}
