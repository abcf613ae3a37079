# docker/lib.sh: what build-image.sh and build-suite-image.sh share. Sourced, never run.
# shellcheck shell=bash
#
# Both build images from nothing but Debian's packages and Maven Central, so they work where no
# image registry is reachable: a root file system made by debootstrap and cached as a tarball,
# then a Dockerfile FROM scratch that ADDs it.

cache_dir=${PGLOAD_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pgload-bench}
debian_mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
debian_suite=bookworm
script=$(basename "$0")
step_name=""

# Every failure ends with one sentence naming the step that failed; the step's own output is above it.
trap 'echo "$script: error: $step_name failed (see above)." >&2' ERR

step() {
  step_name=$1
  echo "==> $1"
}

die() {
  echo "$script: error: $1" >&2
  trap - ERR
  exit 1
}

# The images hold linux/amd64 binaries (zonky's PostgreSQL, Debian's amd64 packages).
require_linux_amd64() {
  local os arch
  os=$(uname -s)
  arch=$(uname -m)
  [[ $os == Linux && $arch == x86_64 ]] \
    || die "this script builds linux/amd64 images and runs only on a Linux x86-64 host, not on $os $arch."
}

require_root() {
  [[ $(id -u) == 0 ]] || die "debootstrap needs root: run $script as root (e.g. with sudo)."
}

require_docker() {
  command -v docker >/dev/null || die "docker is not installed (apt-get install docker.io)."
  docker info >/dev/null 2>&1 || die "the Docker engine does not answer: start dockerd (e.g. dockerd --storage-driver=vfs &) or check DOCKER_HOST."
}

# Installs the Debian packages named (each as "command:package") whose command is missing.
require_tools() {
  local tool missing=()
  for tool in "$@"; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
  done
  if ((${#missing[@]})); then
    step "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

image_exists() {
  docker image inspect "$1" >/dev/null 2>&1
}

# rootfs_tarball NAME FRESH PACKAGE...: sets rootfs to the path of a gzipped tarball of a Debian bookworm
# minbase root file system with PACKAGE... installed, made by debootstrap once and then reused
# from the cache (FRESH=1 makes it anew, e.g. to pick up Debian's point releases).
rootfs_tarball() {
  local name=$1 fresh=$2
  shift 2
  rootfs="$cache_dir/rootfs-$debian_suite-$name.tar.gz"
  if [[ -s $rootfs && $fresh != 1 ]]; then
    echo "==> reusing the cached root file system $rootfs (--fresh-rootfs makes it anew)"
    return
  fi
  mkdir -p "$cache_dir"
  local dir
  dir=$(mktemp -d "$cache_dir/rootfs.XXXXXX")
  step "debootstrap $debian_suite minbase with ${*:-no extra packages} into $dir (about a minute)"
  local include=()
  (($#)) && include=("--include=$(IFS=,; echo "$*")")
  debootstrap --variant=minbase "${include[@]}" "$debian_suite" "$dir" "$debian_mirror" > "$dir.log" 2>&1 \
    || { tail -5 "$dir.log" >&2; rm -rf "$dir"; die "debootstrap failed (log: $dir.log)."; }
  # An image needs neither the package lists nor the downloaded packages, nor translations,
  # manuals and documentation (the licences stay), about 55 MB of a minbase with psql.
  chroot "$dir" apt-get clean
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/var/log/*.log "$dir"/var/log/apt/* \
    "$dir"/usr/share/locale/* "$dir"/usr/share/man/* "$dir"/usr/share/info/*
  find "$dir"/usr/share/doc -type f ! -name copyright -delete
  step "packing $rootfs"
  tar --numeric-owner -C "$dir" -czf "$rootfs.part" .
  mv "$rootfs.part" "$rootfs"
  rm -rf "$dir" "$dir.log"
}
