package org.pgloadbench.strategy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pgloadbench.dataset.RowGenerator;

/** The loaders' fixed sizes that change results, as every result file records them. */
public final class LoaderSettings {
    private LoaderSettings() {}

    public static Map<String, Integer> recorded() {
        Map<String, Integer> settings = new LinkedHashMap<>();
        settings.put("copyBufferBytes", WireBuffer.DEFAULT_CAPACITY);
        settings.put("pipelineRowsPerBatch", StatementPipeline.ROWS_PER_BATCH);
        settings.put("streamChunkRows", RowGenerator.STREAM_CHUNK_ROWS);
        return settings;
    }
}
