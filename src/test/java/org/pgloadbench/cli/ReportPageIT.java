package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page in a real headless Chromium: loaded from a local file, it shows the tables and
 * the embedded charts, and Chromium's network log holds no request made by the page. Chromium's own
 * background requests (initiator "not an origin") are not the page's; a host-resolver rule keeps
 * them from resolving anything, and a control page proves that a page's request would be seen.
 */
class ReportPageIT {
    @TempDir
    Path directory;

    @Test
    void pageRendersOfflineWithTablesAndCharts() throws Exception {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
        Path result = directory.resolve("run.json");
        try (InputStream in = getClass().getResourceAsStream("/results/small-run.json")) {
            Files.copy(in, result);
        }
        LauncherProcess.Outcome report = LauncherProcess.run(
                directory, "--charts-dir", directory.resolve("charts").toString(), "report", result.toString());
        assertEquals(0, report.exitCode(), report.output());
        Path page = directory.resolve("charts/run.html");
        Path netLog = directory.resolve("netlog.json");

        String dom =
                chromium("--log-net-log=" + netLog, "--dump-dom", page.toUri().toString());

        assertTrue(dom.contains("<table id=\"environment\">"), dom);
        assertEquals(
                7,
                count(dom, "<tr><td><a href=\"../TUTORIAL.md#"),
                "one row per strategy in the summary table, linked to its tutorial section");
        assertTrue(dom.contains("<table class=\"claims\">"), "the write-ups' claims, checked");
        assertEquals(2, count(dom, "<img alt="), "rows/sec and speed-up charts");
        assertEquals(2, count(dom, "src=\"data:image/png;base64,iVBORw0KGgo"), "both embedded as PNG");
        assertEquals(List.of(), pageRequests(Files.readString(netLog)), "requests that left the page");
    }

    @Test
    void aPageThatFetchesIsCaught() throws Exception {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
        Path page = directory.resolve("fetching.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/chart.png\"></body></html>");
        Path netLog = directory.resolve("control-netlog.json");

        chromium("--log-net-log=" + netLog, "--dump-dom", page.toUri().toString());

        assertEquals(List.of("http://127.0.0.1:9/chart.png"), pageRequests(Files.readString(netLog)));
    }

    private String chromium(String... arguments) throws Exception {
        return HeadlessChromium.run(directory, arguments).out();
    }

    /** The URLs of network requests a web page initiated, from Chromium's net log. */
    private static List<String> pageRequests(String netLog) throws Exception {
        JsonNode log = new ObjectMapper().readTree(netLog);
        int startJob = log.path("constants")
                .path("logEventTypes")
                .path("URL_REQUEST_START_JOB")
                .asInt();
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            boolean fromAPage = params.path("initiator").isTextual()
                    && !params.path("initiator").asText().equals("not an origin");
            if (event.path("type").asInt() == startJob
                    && fromAPage
                    && params.path("url").isTextual()) {
                urls.add(params.path("url").asText());
            }
        }
        return urls.stream().distinct().toList();
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
