#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 server for the storage tests.
#
#   postgres-test-server.sh start DIR URL_FILE   # fresh cluster on a free port; URL -> URL_FILE
#   postgres-test-server.sh stop  DIR URL_FILE   # stop it and remove DIR and URL_FILE
#
# Idempotent: start first stops a server left running in DIR by an earlier run; stop on
# nothing is a no-op. initdb refuses to run as root, so under root the cluster belongs to
# the `postgres` system user (created by the postgresql package) and its files live where
# that user can reach them. Durability is switched off: this server holds test data only.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
readonly PG_BIN

die() { echo "postgres-test-server: $*" >&2; exit 1; }

[[ $# -eq 3 ]] || die "usage: $0 start|stop DIR URL_FILE"
readonly command=$1 url_file=$3
dir=$(realpath -m -- "$2")
readonly dir
[[ -x $PG_BIN/pg_ctl && -x $PG_BIN/initdb ]] || die "PostgreSQL binaries not found in $PG_BIN (install postgresql-15)"

run_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Where the cluster lives: DIR itself, unless the postgres user cannot reach it or the
# socket path would be too long, in which case a folder under /tmp recorded in DIR/base.
cluster_base() {
  if [[ -f $dir/base ]]; then
    cat "$dir/base"
  else
    echo "$dir"
  fi
}

server_running() {
  local base=$1
  [[ -f $base/data/PG_VERSION ]] && run_as_owner "$PG_BIN/pg_ctl" -D "$base/data" status >/dev/null 2>&1
}

stop_server() {
  [[ -d $dir ]] || return 0
  local base
  base=$(cluster_base)
  if server_running "$base"; then
    run_as_owner "$PG_BIN/pg_ctl" -D "$base/data" stop -m fast -w >/dev/null 2>&1 ||
      run_as_owner "$PG_BIN/pg_ctl" -D "$base/data" stop -m immediate -w >/dev/null 2>&1 || true
  fi
  if [[ $base != "$dir" ]]; then rm -rf -- "$base"; fi
  rm -rf -- "$dir"
}

free_port() {
  python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

start_server() {
  stop_server
  mkdir -p -- "$dir"
  local base=$dir
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$dir"
    if ! runuser -u postgres -- test -w "$dir" || ((${#dir} > 80)); then
      base=$(mktemp -d /tmp/alongside-pg.XXXXXX)
      chown postgres:postgres "$base"
      echo "$base" >"$dir/base"
    fi
  elif ((${#dir} > 80)); then
    base=$(mktemp -d /tmp/alongside-pg.XXXXXX)
    echo "$base" >"$dir/base"
  fi

  run_as_owner "$PG_BIN/initdb" -D "$base/data" --auth=trust -U postgres --encoding=UTF8 --no-locale \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if run_as_owner "$PG_BIN/pg_ctl" -D "$base/data" \
      -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      -l "$base/log" -w -t 60 start >/dev/null 2>&1; then
      mkdir -p -- "$(dirname -- "$url_file")"
      echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$url_file.tmp"
      mv -f -- "$url_file.tmp" "$url_file"
      echo "PostgreSQL test server on 127.0.0.1:$port (cluster in $base/data)"
      return 0
    fi
    echo "postgres-test-server: start on port $port failed (attempt $attempt), retrying" >&2
  done
  tail -n 30 "$base/log" >&2 || true
  die "could not start PostgreSQL; see $base/log"
}

case $command in
  start) start_server ;;
  stop)
    stop_server
    rm -f -- "$url_file"
    ;;
  *) die "unknown command '$command': use start or stop" ;;
esac
