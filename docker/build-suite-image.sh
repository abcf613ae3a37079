#!/usr/bin/env bash
# docker/build-suite-image.sh: build the image pgload-bench/suite from docker/Dockerfile: a Java 17,
# target/benchmarks.jar and run-bench.sh, so every machine compared runs the same suite.
#
# Usage: docker/build-suite-image.sh [--local-base] [--base IMAGE] [--tag IMAGE] [--jar FILE] [--force] [--fresh-rootfs]
#
#   --jar FILE      the suite's jar [target/benchmarks.jar beside this docker/ directory]
#   --uid UID       the uid of the image's user bench, who writes results/ and charts/ [1000]
#   --tag IMAGE     the image to build [$PGLOAD_SUITE_IMAGE or pgload-bench/suite]
#   --base IMAGE    the Java 17 image it starts from [eclipse-temurin:17-jre]
#   --local-base    start from pgload-bench/jre:17, built here first from Debian's packages
#                   (debootstrap + openjdk-17-jre-headless): for machines without a registry
#   --force         build again even if the image exists
#   --fresh-rootfs  debootstrap the local base's root file system anew
#
# It packages the jar as it is: build it first (./mvnw -DskipTests package, or ./run-bench.sh).
# Then: docker run --rm -v "$PWD/results:/work/results" -v "$PWD/charts:/work/charts" pgload-bench/suite --help
# Needs: Docker; with --local-base also a Linux x86-64 host, root and apt.
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

tag=${PGLOAD_SUITE_IMAGE:-pgload-bench/suite}
base=eclipse-temurin:17-jre
local_base=0
jar=$root/target/benchmarks.jar
force=0
uid=1000
fresh_rootfs=0
while (($#)); do
  case $1 in
    --local-base) local_base=1 ;;
    --base) (($# > 1)) || die "--base needs an image name."; base=$2; shift ;;
    --base=*) base=${1#--base=} ;;
    --tag) (($# > 1)) || die "--tag needs an image name."; tag=$2; shift ;;
    --tag=*) tag=${1#--tag=} ;;
    --jar) (($# > 1)) || die "--jar needs a file."; jar=$2; shift ;;
    --jar=*) jar=${1#--jar=} ;;
    --uid) (($# > 1)) || die "--uid needs a number."; uid=$2; shift ;;
    --uid=*) uid=${1#--uid=} ;;
    --force) force=1 ;;
    --fresh-rootfs) fresh_rootfs=1; force=1 ;;
    -h|--help) sed -n '2,/^set -E/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)." ;;
  esac
  shift
done

[[ $uid =~ ^[1-9][0-9]*$ ]] || die "--uid must be a user id other than 0 (root), not $uid."
[[ -s $jar ]] || die "$jar is missing: build it first (./mvnw -DskipTests package)."
require_docker
if ((force == 0)) && image_exists "$tag"; then
  echo "$tag exists; nothing to do (--force builds it again, e.g. after a new jar)."
  exit 0
fi
start=$SECONDS

if ((local_base)); then
  base=pgload-bench/jre:17
  if ((fresh_rootfs)) || ! image_exists "$base"; then
    require_linux_amd64
    require_root
    require_tools debootstrap:debootstrap
    rootfs_tarball jre17 "$fresh_rootfs" openjdk-17-jre-headless fontconfig postgresql-client-15
    step "building the base $base"
    base_context=$(mktemp -d)
    trap 'rm -rf "$base_context" "${context:-}"' EXIT
    ln "$rootfs" "$base_context/rootfs.tar.gz" 2>/dev/null || cp "$rootfs" "$base_context/rootfs.tar.gz"
    cp "$here/jre/Dockerfile" "$base_context/"
    docker build -q -t "$base" "$base_context" >/dev/null
  else
    echo "==> reusing the base $base (--fresh-rootfs builds it anew)"
  fi
elif ! image_exists "$base"; then
  step "pulling $base"
  docker pull -q "$base" >/dev/null 2>&1 \
    || die "could not pull $base: on a machine without a registry use --local-base."
fi

step "building $tag from $base with $jar"
context=$(mktemp -d)
trap 'rm -rf "${base_context:-}" "$context"' EXIT
ln "$jar" "$context/benchmarks.jar" 2>/dev/null || cp "$jar" "$context/benchmarks.jar"
cp "$root/run-bench.sh" "$root/pom.xml" "$here/Dockerfile" "$context/"
docker build -q --build-arg "BASE=$base" --build-arg "BENCH_UID=$uid" -t "$tag" "$context" >/dev/null

size=$(docker image inspect -f '{{.Size}}' "$tag")
echo "Built $tag ($((size / 1000000)) MB) in $((SECONDS - start)) s."
echo "Try: docker run --rm $tag --help"
