#!/usr/bin/env bash
# docker-entrypoint.sh: the entrypoint of pgload-bench/postgres, following the official postgres
# image's contract closely enough for docker/compose.yaml and Testcontainers' PostgreSQL module.
#
#   POSTGRES_PASSWORD          the superuser's password; required unless POSTGRES_HOST_AUTH_METHOD=trust
#   POSTGRES_USER              the superuser [postgres]
#   POSTGRES_DB                a database created for it [POSTGRES_USER]
#   POSTGRES_HOST_AUTH_METHOD  authentication for TCP connections [scram-sha-256]
#   POSTGRES_INITDB_ARGS       more initdb arguments, split at spaces
#   PGDATA                     the data directory [/var/lib/postgresql/data]
#
# `postgres -c name=value ...` (or just `-c name=value ...`) starts the server with those settings;
# any other command is run as it is. An empty PGDATA is initialised first the way the official
# image does it: initdb, then a temporary server on the Unix socket only, to create POSTGRES_DB
# and run /docker-entrypoint-initdb.d/*.sh and *.sql, stopped again before the real server
# starts. So "database system is ready to accept connections" is logged twice on a first start
# (once by each server), which is what Testcontainers waits for, and once on later starts.
# The real server replaces this script as PID 1, so `docker stop` (SIGINT) reaches it directly.
set -Eeuo pipefail

log() { echo "entrypoint: $*"; }
die() { echo "entrypoint: error: $*" >&2; exit 1; }

if [[ ${1:-} == -* ]]; then
  set -- postgres "$@"
fi
if [[ ${1:-} != postgres ]]; then
  exec "$@"
fi

export PGDATA=${PGDATA:-/var/lib/postgresql/data}
POSTGRES_USER=${POSTGRES_USER:-postgres}
POSTGRES_DB=${POSTGRES_DB:-$POSTGRES_USER}
POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-}
POSTGRES_HOST_AUTH_METHOD=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
socket_dir=/var/run/postgresql

# Started as root: make the data directory the postgres user's, then run this script again as it.
if [[ $(id -u) == 0 ]]; then
  mkdir -p "$PGDATA" "$socket_dir"
  chmod 700 "$PGDATA"
  find "$PGDATA" \! -user postgres -exec chown postgres:postgres '{}' +
  chown postgres:postgres "$socket_dir"
  export HOME=/var/lib/postgresql
  exec setpriv --reuid=postgres --regid=postgres --init-groups -- "${BASH_SOURCE[0]}" "$@"
fi

if [[ ! -s $PGDATA/PG_VERSION ]]; then
  if [[ -z $POSTGRES_PASSWORD && $POSTGRES_HOST_AUTH_METHOD != trust ]]; then
    die "the database is not initialised and POSTGRES_PASSWORD is empty: set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust to allow every connection without one)."
  fi
  mkdir -p "$PGDATA"
  [[ -z $(ls -A "$PGDATA") ]] || die "$PGDATA holds files but no PostgreSQL data directory (PG_VERSION): mount an empty directory, or set PGDATA to a subdirectory of the mount."
  read -r -a initdb_args <<< "${POSTGRES_INITDB_ARGS:-}"
  log "initdb: superuser $POSTGRES_USER, UTF8, locale C.UTF-8, $POSTGRES_HOST_AUTH_METHOD over TCP"
  run_initdb() {
    initdb --username="$POSTGRES_USER" --encoding=UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host="$POSTGRES_HOST_AUTH_METHOD" "$@" "${initdb_args[@]}"
  }
  # The password reaches initdb through a pipe, never a file or the command line.
  if [[ -n $POSTGRES_PASSWORD ]]; then
    run_initdb --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD")
  else
    run_initdb
  fi
  # initdb writes its compiled-in socket directory (/tmp) into postgresql.conf; psql and pg_isready
  # from Debian look in /var/run/postgresql.
  sed -ri "s!^#?(unix_socket_directories)\s*=.*!\1 = '$socket_dir'!" "$PGDATA/postgresql.conf"
  # initdb allows only the loopback addresses; a container is reached through its network.
  printf '\n# added by docker-entrypoint.sh: any address, %s\nhost all all all %s\n' \
    "$POSTGRES_HOST_AUTH_METHOD" "$POSTGRES_HOST_AUTH_METHOD" >> "$PGDATA/pg_hba.conf"

  # The temporary server takes the real one's settings but no TCP connections, so nobody sees a
  # half-initialised database.
  log "starting a temporary server (Unix socket only) for database $POSTGRES_DB and /docker-entrypoint-initdb.d"
  pg_ctl -D "$PGDATA" -w start \
    -o "$(printf '%q ' "${@:2}" -c listen_addresses= -c unix_socket_directories="$socket_dir")"
  psql=(psql -v ON_ERROR_STOP=1 --no-psqlrc --host="$socket_dir" --username="$POSTGRES_USER")
  if [[ $POSTGRES_DB != postgres ]]; then
    "${psql[@]}" --dbname=postgres --set db="$POSTGRES_DB" <<< 'CREATE DATABASE :"db";'
  fi
  for file in /docker-entrypoint-initdb.d/*; do
    [[ -e $file ]] || continue
    # shellcheck disable=SC1090 # the init scripts are the user's
    case $file in
      *.sh) log "running $file"; if [[ -x $file ]]; then "$file"; else source "$file"; fi ;;
      *.sql) log "running $file"; "${psql[@]}" --dbname="$POSTGRES_DB" -f "$file" ;;
      *) log "ignoring $file (neither .sh nor .sql)" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop
  log "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
