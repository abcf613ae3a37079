#!/usr/bin/env bash
# run-bench.sh: build pgload-bench if needed, then benchmark PostgreSQL load strategies.
#
# Usage: ./run-bench.sh [OPTIONS] [-- JMH-OPTIONS]
#
# With no arguments it builds target/benchmarks.jar if the jar is missing or older than the
# sources, starts an embedded PostgreSQL 18 (no Docker, nothing to install), runs the quick
# profile of every strategy (the README says how long each profile takes), verifies every load, writes
# results/<date>_<host>_embedded-pg18_quick.json and its charts and report page under charts/,
# and prints a table. Subcommands: report [FILES...], compare BASELINE CURRENT, ab BASE [HEAD] (an A/B
# regression check of two git revisions), sustain, export FILE, gallery and docs; each has --help.
# A run writes nothing outside results/ and charts/ (the build writes target/).
#
# Environment variables (default in brackets):
#   JAVA        java binary that runs the suite, 17 or newer   [java]
#   MVN         Maven command that builds it                   [the Maven wrapper, ./mvnw]
#   JAVA_OPTS   extra options for the launcher JVM             []
#   PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
#               the server for --target external when no --jdbc-url is given, as for psql
#
# Exit status: 0 success, 1 a benchmark failed (a load that did not verify), 2 a usage error.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA=${JAVA:-java}
MVN=${MVN:-$here/mvnw}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
jar="$here/target/benchmarks.jar"

if [[ ! -f $jar ]] || [[ -n $(find "$here/src" "$here/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building target/benchmarks.jar (the first build downloads dependencies)..." >&2
  "$MVN" -B -q -f "$here/pom.xml" -DskipTests package >&2
fi

# ab takes its revisions from this checkout, wherever it is run from.
export PGLOADBENCH_CHECKOUT="$here"
# ${a[@]+"${a[@]}"}: bash before 4.4 (macOS /bin/bash 3.2) calls an empty array unbound under set -u.
exec "$JAVA" ${java_opts[@]+"${java_opts[@]}"} -Djava.awt.headless=true -cp "$jar" org.pgloadbench.cli.Main \
  --results-dir "$here/results" --charts-dir "$here/charts" "$@"
