/**
 * Renderers only: the console tables, the charts (PNG and SVG), the HTML and Markdown pages and
 * the generated parts of README.md, TUTORIAL.md and docs/, all from result files. Add a chart here: a
 * {@link org.pgloadbench.report.ChartRenderer}, listed in {@link org.pgloadbench.report.Reporter}.
 * Imported by the command line alone; never talks to a database.
 */
@MayImport({"compare", "gallery", "result", "server", "strategy", "sustain"})
package org.pgloadbench.report;

import org.pgloadbench.MayImport;
