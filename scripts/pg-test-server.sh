#!/usr/bin/env bash
# A throwaway PostgreSQL for tests, from Debian's postgresql package.
#   scripts/pg-test-server.sh start   initdb in a temp dir, start on 127.0.0.1 at a free port
#                                     (from 55432 up), print its URL as the last line
#   scripts/pg-test-server.sh stop    stop it and delete its files (does nothing if none runs)
#   scripts/pg-test-server.sh url     print the URL of the running one
# Trust authentication, listening on 127.0.0.1 only, its socket in its own temp dir. Run as
# root (the server runs as the postgres user) or as postgres. Its state is kept in
# $PG_TEST_STATE, by default a file in $TMPDIR or /tmp named after this checkout.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
# Outside data/ so that nothing cleaning data/ can lose track of a running server.
state=${PG_TEST_STATE:-${TMPDIR:-/tmp}/api-catalogue-pg-$(printf %s "$repo" | cksum | cut -d' ' -f1).state}

pg_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -n "$initdb" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
  dirname "$initdb"
}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  if [ -f "$state" ]; then
    echo "A test PostgreSQL already runs ($state); stop it first." >&2
    exit 1
  fi
  local bin base port url
  bin=$(pg_bin)
  # initdb must create its directory inside one the postgres user owns.
  base=$(mktemp -d /tmp/api-catalogue-pg.XXXXXX)
  chown postgres:postgres "$base"
  install -d -o postgres -g postgres -m 700 "$base/socket"

  as_postgres "$bin/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; rm -rf "$base"; exit 1; }

  for port in $(seq 55432 55531); do
    port_in_use "$port" && continue
    # fsync off and friends: the data is thrown away, speed matters more.
    if as_postgres "$bin/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $base/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
      url="postgresql://postgres@127.0.0.1:$port/postgres"
      mkdir -p "$(dirname "$state")"
      printf 'PG_TEST_DIR=%q\nPG_TEST_PORT=%q\nPG_TEST_URL=%q\n' "$base" "$port" "$url" >"$state"
      echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is running on 127.0.0.1:$port (files in $base)" >&2
      echo "$url"
      return 0
    fi
    tail -n 5 "$base/server.log" >&2 || true
  done
  echo "Could not start PostgreSQL on any port from 55432 to 55531" >&2
  rm -rf "$base"
  exit 1
}

stop() {
  [ -f "$state" ] || return 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -d "$PG_TEST_DIR/data" ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TEST_DIR" "$state"
  echo "Stopped the test PostgreSQL on port $PG_TEST_PORT" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) [ -f "$state" ] && . "$state" && echo "$PG_TEST_URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
