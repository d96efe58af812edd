#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server, for the store's tests:
#
#   scripts/postgres.sh COMMAND [ARGS...]
#
# Creates a cluster in a temporary directory (initdb, trust authentication),
# starts it listening only on a Unix socket inside that directory, creates
# the database `casus_test`, exports its URL as CASUS_TEST_PG_URL, runs
# COMMAND, then stops the server and deletes the directory — also when
# COMMAND fails or the script is interrupted. Exits with COMMAND's status.
#
#   scripts/postgres.sh ctest --test-dir build -R store --output-on-failure
#
# Needs Debian's `postgresql` package (initdb, pg_ctl under
# /usr/lib/postgresql/VERSION/bin). Run as root, the server runs as the
# `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: scripts/postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi
log() { printf 'casus postgres: %s\n' "$*" >&2; }

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir=$(pg_config --bindir)
fi
if [ -z "$bindir" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  log "PostgreSQL server binaries not found (apt-get install postgresql)"
  exit 1
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
  as_server=(runuser -u postgres --)
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/casus-pg.XXXXXX")
chmod 755 "$dir"
[ ${#as_server[@]} -gt 0 ] && chown postgres: "$dir"
port=5432
started=0

cleanup() {
  if [ "$started" -eq 1 ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U casus --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  log "initdb failed"
  exit 1
}
"${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
  -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off \
      -c max_connections=100 -c shared_buffers=64MB" >/dev/null || {
  cat "$dir/server.log" >&2
  log "the server did not start"
  exit 1
}
started=1
"$bindir/createdb" -h "$dir" -p "$port" -U casus casus_test

export CASUS_TEST_PG_URL="postgresql:///casus_test?host=$dir&port=$port&user=casus"
log "server up: $CASUS_TEST_PG_URL"
set +e
"$@"
status=$?
set -e
exit $status
