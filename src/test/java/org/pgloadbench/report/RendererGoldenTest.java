package org.pgloadbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeriesCategory;
import org.knowm.xchart.internal.series.AxesChartSeriesNumericalNoErrorBars;
import org.pgloadbench.GoldenFiles;
import org.pgloadbench.result.NamedResult;

/**
 * Every renderer's output for committed result files, held against a golden copy under
 * src/test/resources/golden/<set>/: which files a report writes, the run's tables as the console
 * prints them, each page as written (the HTML's
 * embedded images left out: their pixels depend on the machine's fonts) and each chart as what it
 * says (title, axes, every series' points and error bars) rather than its pixels. A change that
 * alters a report shows here as a diff to read; once it is meant, regenerate the copies with
 * {@code ./mvnw test -Dtest=RendererGoldenTest -Dgolden.update=true} and commit them with it.
 */
class RendererGoldenTest {
    private static final Path GOLDEN = GoldenFiles.ROOT;

    /** Each set exercises other renderers: sweeps and costs, rows per load, several tables, a cluster, several runs, round trips. */
    private static final List<List<String>> SETS = List.of(
            List.of("2026-11-22T094720Z_vm_embedded-pg18_full"),
            List.of("2026-11-22T111126Z_vm_embedded-pg18_full"),
            List.of("2026-11-22T083456Z_vm_embedded-pg18_quick"),
            List.of("2026-11-22T211300Z_vm_external-pg15_quick_Citus-2-workers"),
            List.of("2026-11-22T134259Z_vm_embedded-pg14_quick", "2026-11-22T135941Z_vm_embedded-pg18_quick"),
            List.of(
                    "2026-11-22T140810Z_vm_embedded-pg18-rtt0ms_quick",
                    "2026-11-22T140950Z_vm_embedded-pg18-rtt0.5ms_quick",
                    "2026-11-22T141324Z_vm_embedded-pg18-rtt2ms_quick"));

    @TempDir
    static Path charts;

    @TestFactory
    Stream<DynamicTest> everyRendererMatchesItsGoldenCopy() {
        return SETS.stream().map(set -> DynamicTest.dynamicTest(String.join(" + ", set), () -> check(set)));
    }

    private static void check(List<String> set) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Path> files =
                set.stream().map(name -> Path.of("results", name + ".json")).toList();
        Path directory = GOLDEN.resolve(set.get(0) + (set.size() > 1 ? "_and_" + (set.size() - 1) + "-more" : ""));
        List<String> outputs = new ArrayList<>();
        List<Path> written = Reporter.render(files, charts.resolve(directory.getFileName()));
        written.forEach(path -> outputs.add(path.getFileName().toString()));
        GoldenFiles.compare(directory.resolve("files.txt"), String.join("\n", outputs) + "\n");
        for (Path page : written) {
            String name = page.getFileName().toString();
            if (name.endsWith(".md")) {
                GoldenFiles.compare(directory.resolve("page.md"), Files.readString(page, StandardCharsets.UTF_8));
            } else if (name.endsWith(".html")) {
                GoldenFiles.compare(
                        directory.resolve("page.html"),
                        Files.readString(page, StandardCharsets.UTF_8)
                                .replaceAll("base64,[^\"]*\"", "base64,(image)\""));
            }
        }
        ReportInput report =
                ReportInput.of(files.stream().map(NamedResult::read).toList());
        report.single()
                .ifPresent(result -> GoldenFiles.compare(
                        directory.resolve("console.txt"),
                        SummaryTable.render(result.summary(), result.rowWidths())
                                + DisturbedLoads.note(result) + "\n"
                                + Claims.text(result.summary()).orElse("")));
        for (Renderer renderer : Reporter.RENDERERS) {
            if (renderer instanceof ChartRenderer chart) {
                Path golden = directory.resolve(chart.name() + ".chart.txt");
                chart.chart(report).ifPresent(model -> GoldenFiles.compare(golden, describe(model)));
            }
        }
    }

    /** What a chart says: its titles, and each series' points with their error bars. */
    static String describe(Chart<?, ?> chart) {
        StringBuilder text = new StringBuilder()
                .append("title: ")
                .append(chart.getTitle())
                .append('\n')
                .append("x axis: ")
                .append(chart.getXAxisTitle())
                .append('\n')
                .append("y axis: ")
                .append(chart.getYAxisTitle())
                .append('\n');
        for (Object series : chart.getSeriesMap().values()) {
            List<?> x;
            List<?> y;
            List<?> errors;
            String name;
            if (series instanceof AxesChartSeriesCategory category) {
                name = category.getName();
                x = List.copyOf(category.getXData());
                y = new ArrayList<>(category.getYData());
                errors = category.getExtraValues() == null ? null : new ArrayList<>(category.getExtraValues());
            } else if (series instanceof AxesChartSeriesNumericalNoErrorBars numerical) {
                name = numerical.getName();
                x = boxed(numerical.getXData());
                y = boxed(numerical.getYData());
                errors = numerical.getExtraValues() == null ? null : boxed(numerical.getExtraValues());
            } else {
                throw new IllegalArgumentException("a series of a kind this test does not read: " + series.getClass());
            }
            text.append("series ").append(name).append('\n');
            for (int i = 0; i < x.size(); i++) {
                text.append("  ").append(x.get(i)).append(" = ").append(y.get(i));
                if (errors != null) {
                    text.append(" ± ").append(errors.get(i));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
