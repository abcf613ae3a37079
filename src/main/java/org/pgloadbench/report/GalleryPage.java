package org.pgloadbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.pgloadbench.gallery.GalleryEntry;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;

/**
 * The gallery as one static page: every run's figures embedded as JSON, drawn by a script in the
 * page itself, so it opens from a file, needs no server and fetches nothing (its
 * Content-Security-Policy forbids it). Filters for the PostgreSQL version and the profile, and the
 * reference machine of the ratios, live in the page's address ({@code ?pg=18&profile=ci}), so a
 * view can be linked. Each machine shows its latest run that passes the filters.
 */
public final class GalleryPage {
    private static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The settings the environment table shows: those that move load rates most. */
    private static final List<String> SETTINGS =
            List.of("shared_buffers", "max_wal_size", "fsync", "synchronous_commit", "full_page_writes");

    private GalleryPage() {}

    /** @param root the directory file paths are shown relative to (the checkout) */
    public static String html(List<GalleryEntry> entries, Path root) {
        String data;
        try {
            // < > & only occur inside JSON strings; as escapes no text can end or comment out the script.
            data = JSON.writeValueAsString(data(entries, root))
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return PAGE.replace("@CSP@", CSP).replace("@DATA@", data);
    }

    private static ObjectNode data(List<GalleryEntry> entries, Path root) {
        ObjectNode data = JSON.createObjectNode();
        SETTINGS.forEach(data.putArray("settings")::add);
        ArrayNode runs = data.putArray("runs");
        for (GalleryEntry entry : entries) {
            ResultFile result = entry.result();
            Environment environment = result.environment();
            ObjectNode run = runs.addObject()
                    .put("machine", entry.machine().name())
                    .put("disk", entry.machine().disk())
                    .put("instanceType", entry.machine().instanceType())
                    .put(
                            "file",
                            root.toAbsolutePath()
                                    .relativize(entry.file().toAbsolutePath())
                                    .toString())
                    .put("createdAt", result.createdAt())
                    .put("profile", result.profile())
                    .put("label", result.label())
                    .put("pgMajor", environment.postgres().serverVersionNumber() / 10_000)
                    .put("pgVersion", environment.postgres().serverVersion())
                    .put("target", environment.postgres().target())
                    .put("cpu", environment.machine().cpuModel())
                    .put("cores", environment.machine().cores())
                    .put("memoryBytes", environment.machine().memoryBytes())
                    .put(
                            "os",
                            environment.os() == null
                                    ? null
                                    : environment.os().name() + " "
                                            + environment.os().version())
                    .put(
                            "jdk",
                            environment.jdk() == null ? null : environment.jdk().version())
                    .put("pgjdbc", environment.pgjdbcVersion());
            ObjectNode settings = run.putObject("settings");
            if (environment.postgres().settings() != null) {
                SETTINGS.forEach(name ->
                        settings.put(name, environment.postgres().settings().get(name)));
            }
            ArrayNode benchmarks = run.putArray("benchmarks");
            for (SummaryRow row : result.summary()) {
                benchmarks
                        .addObject()
                        .put("name", BenchmarkLabel.of(row))
                        .put("rows", row.rows())
                        .put("rowsPerSecond", Math.round(row.rowsPerSecond()))
                        .put("error", row.rowsPerSecondError() == null ? null : Math.round(row.rowsPerSecondError()));
            }
        }
        return data;
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="@CSP@">
            <title>pgload-bench gallery</title>
            <style>
            body{font-family:sans-serif;margin:2em auto;max-width:1250px;color:#222;padding:0 1em}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top}
            th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;min-width:9em;position:relative}
            td.n .bar{position:absolute;left:0;top:0;bottom:0;background:#cfe3f7;z-index:0}
            td.n .bar.ref{background:#e3e3e3}td.n .bar.low{background:#f7d9c4}
            td.n span{position:relative;z-index:1}
            .filters label{margin-right:1.5em}.note{color:#666}
            </style>
            </head>
            <body>
            <h1>pgload-bench gallery</h1>
            <p>Rows per second of every strategy, one column per machine: each machine's latest run that passes
            the filters. Runs are contributed result files, checked as <code>report</code> checks them; how to
            add your machine: <code>docs/gallery.md</code> in pgload-bench.</p>
            <p class="filters">
            <label>PostgreSQL <select id="pg"></select></label>
            <label>Profile <select id="profile"></select></label>
            <label>Server <select id="target"></select></label>
            <label>Ratios against <select id="reference"></select></label>
            </p>
            <p id="missing" class="note"></p>
            <h2>Rows per second</h2>
            <p class="note">The bar is the share of the fastest machine's rate for that benchmark; ± is JMH's 99.9% interval.
            A benchmark is a strategy with its parameters and table; a run that loaded it at several sizes shows its largest,
            and where the machines' rows per load differ (profiles change between versions) each cell says its own.</p>
            <table id="rates"></table>
            <h2>Share of each machine's best</h2>
            <p class="note">Each benchmark against the same machine's fastest: whether strategies rank alike everywhere.</p>
            <table id="shares"></table>
            <h2>Against the reference machine</h2>
            <p class="note">Each machine's rate over the reference machine's, benchmark by benchmark.</p>
            <table id="ratios"></table>
            <h2>Machines</h2>
            <table id="machines"></table>
            <script type="application/json" id="gallery-data">@DATA@</script>
            <script>
            "use strict";
            const data = JSON.parse(document.getElementById("gallery-data").textContent);
            const query = new URLSearchParams(location.search);
            const number = value => value.toLocaleString("en-US", {maximumFractionDigits: 0});
            const text = value => value === null || value === undefined ? "\\u2013" : String(value);

            function element(tag, content, className) {
              const made = document.createElement(tag);
              if (content !== undefined) made.textContent = content;
              if (className) made.className = className;
              return made;
            }

            function fill(select, values, chosen) {
              select.replaceChildren(...values.map(([value, label]) => {
                const option = element("option", label);
                option.value = value;
                option.selected = value === chosen;
                return option;
              }));
            }

            function distinct(values) {
              return [...new Set(values)];
            }

            /** Each machine's latest run that passes the filters, machines in the gallery's order. */
            function shownRuns(pg, profile, target) {
              const latest = new Map();
              for (const run of data.runs) {
                if (pg !== "latest" && String(run.pgMajor) !== pg) continue;
                if (run.profile !== profile) continue;
                if (target !== "any" && run.target !== target) continue;
                const kept = latest.get(run.machine);
                if (!kept || run.createdAt > kept.createdAt) latest.set(run.machine, run);
              }
              return distinct(data.runs.map(run => run.machine)).filter(m => latest.has(m)).map(m => latest.get(m));
            }

            function cell(value, share, className, label) {
              const td = element("td", undefined, "n");
              if (value === undefined) {
                td.textContent = "\\u2013";
                return td;
              }
              const bar = element("div", undefined, "bar" + (className ? " " + className : ""));
              bar.style.width = Math.max(0, Math.min(100, share * 100)).toFixed(1) + "%";
              td.append(bar, element("span", label));
              return td;
            }

            function header(table, first, runs, extra) {
              const row = element("tr");
              row.append(element("th", first));
              runs.forEach(run => row.append(element("th", run.machine + (extra ? extra(run) : ""), "machine")));
              table.replaceChildren(row);
            }

            function benchmarkNames(runs) {
              return distinct(runs.flatMap(run => run.benchmarks.map(b => b.name)));
            }

            /** The run's benchmark of that name at its largest rows per load. */
            function rate(run, name) {
              const sizes = run.benchmarks.filter(b => b.name === name);
              return sizes.length === 0 ? undefined : sizes.reduce((a, b) => b.rows > a.rows ? b : a);
            }

            function compact(rows) {
              const short = value => value.toLocaleString("en-US", {maximumFractionDigits: 1});
              return rows >= 1e6 ? short(rows / 1e6) + "M" : rows >= 1e3 ? short(rows / 1e3) + "k" : String(rows);
            }

            function drawRates(runs, names) {
              const table = document.getElementById("rates");
              header(table, "Benchmark", runs, run => " (PostgreSQL " + run.pgVersion + ", " + run.target + ")");
              for (const name of names) {
                const row = element("tr");
                row.append(element("td", name));
                const found = runs.map(run => rate(run, name));
                const best = Math.max(...found.map(b => b === undefined ? 0 : b.rowsPerSecond));
                const sizes = distinct(found.filter(b => b !== undefined).map(b => b.rows));
                for (const b of found) {
                  row.append(b === undefined
                    ? cell(undefined)
                    : cell(b.rowsPerSecond, b.rowsPerSecond / best, "",
                        number(b.rowsPerSecond) + (b.error === null ? "" : " \\u00b1 " + number(b.error))
                          + (sizes.length > 1 ? " \\u00b7 " + compact(b.rows) + " rows" : "")));
                }
                table.append(row);
              }
            }

            function drawShares(runs, names) {
              const table = document.getElementById("shares");
              header(table, "Benchmark", runs);
              const best = new Map(runs.map(run => [run.machine,
                Math.max(...names.map(n => rate(run, n)).filter(b => b !== undefined).map(b => b.rowsPerSecond))]));
              for (const name of names) {
                const row = element("tr");
                row.append(element("td", name));
                for (const run of runs) {
                  const found = rate(run, name);
                  const share = found === undefined ? undefined : found.rowsPerSecond / best.get(run.machine);
                  row.append(cell(share, share, "", share === undefined ? "" : (share * 100).toFixed(0) + "%"));
                }
                table.append(row);
              }
            }

            function drawRatios(runs, names, reference) {
              const table = document.getElementById("ratios");
              const referenceRun = runs.find(run => run.machine === reference);
              header(table, "Benchmark", runs, run => run.machine === reference ? " (reference)" : "");
              if (!referenceRun) return;
              const ratios = names.map(name => runs.map(run => {
                const mine = rate(run, name);
                const theirs = rate(referenceRun, name);
                return mine === undefined || theirs === undefined ? undefined : mine.rowsPerSecond / theirs.rowsPerSecond;
              }));
              const largest = Math.max(1, ...ratios.flat().filter(r => r !== undefined));
              names.forEach((name, i) => {
                const row = element("tr");
                row.append(element("td", name));
                runs.forEach((run, j) => {
                  const ratio = ratios[i][j];
                  const kind = run.machine === reference ? "ref" : ratio < 1 ? "low" : "";
                  row.append(cell(ratio, ratio / largest, kind, ratio === undefined ? "" : ratio.toFixed(2) + "\\u00d7"));
                });
                table.append(row);
              });
            }

            function drawMachines(runs) {
              const table = document.getElementById("machines");
              const rows = [
                ["CPU", run => text(run.cpu) + ", " + run.cores + " cores"],
                ["Memory", run => run.memoryBytes ? (run.memoryBytes / 2 ** 30).toFixed(1) + " GiB" : null],
                ["Disk", run => run.disk],
                ["Instance type", run => run.instanceType],
                ["Operating system", run => run.os],
                ["JDK, pgjdbc", run => text(run.jdk) + ", " + text(run.pgjdbc)],
                ["PostgreSQL", run => run.pgVersion + " (" + run.target + ")"],
                ...data.settings.map(name => [name, run => run.settings[name]]),
                ["Run", run => run.createdAt + ", " + run.profile + " profile" + (run.label ? ", " + run.label : "")],
                ["File", run => run.file]
              ];
              header(table, "", runs);
              for (const [label, value] of rows) {
                const row = element("tr");
                row.append(element("th", label));
                runs.forEach(run => row.append(element("td", text(value(run)))));
                table.append(row);
              }
            }

            function draw() {
              const pg = document.getElementById("pg").value;
              const profile = document.getElementById("profile").value;
              const target = document.getElementById("target").value;
              const runs = shownRuns(pg, profile, target);
              const machines = runs.map(run => run.machine);
              const referenceSelect = document.getElementById("reference");
              const reference = machines.includes(referenceSelect.value) ? referenceSelect.value : machines[0];
              fill(referenceSelect, machines.map(m => [m, m]), reference);
              const absent = distinct(data.runs.map(run => run.machine)).filter(m => !machines.includes(m));
              document.getElementById("missing").textContent = absent.length === 0 ? ""
                : "No run passes the filters on " + absent.join("; ") + ".";
              const names = benchmarkNames(runs);
              drawRates(runs, names);
              drawShares(runs, names);
              drawRatios(runs, names, reference);
              drawMachines(runs);
              const chosen = new URLSearchParams({pg: pg, profile: profile, target: target});
              if (reference) chosen.set("reference", reference);
              try {
                history.replaceState(null, "", "?" + chosen);
              } catch (e) {
                // a page opened from a file may not rewrite its address; the view still changes
              }
            }

            const majors = distinct(data.runs.map(run => run.pgMajor)).sort((a, b) => b - a);
            const profiles = distinct(data.runs.map(run => run.profile)).sort();
            const targets = distinct(data.runs.map(run => run.target)).sort();
            const commonest = (values, field) => values.reduce((best, v) =>
              data.runs.filter(r => r[field] === v).length > data.runs.filter(r => r[field] === best).length ? v : best,
              values[0]);
            fill(document.getElementById("pg"),
              [["latest", "latest of each machine"], ...majors.map(m => [String(m), String(m)])],
              query.get("pg") || "latest");
            fill(document.getElementById("profile"), profiles.map(p => [p, p]),
              query.get("profile") || commonest(profiles, "profile"));
            fill(document.getElementById("target"), [["any", "any"], ...targets.map(t => [t, t])],
              query.get("target") || commonest(targets, "target"));
            fill(document.getElementById("reference"), [[query.get("reference") || "", ""]], query.get("reference") || "");
            for (const id of ["pg", "profile", "target", "reference"]) {
              document.getElementById(id).addEventListener("change", draw);
            }
            draw();
            document.body.dataset.drawn = "yes";
            </script>
            </body>
            </html>
            """;
}
