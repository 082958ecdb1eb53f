# Shared pieces of the benchmarks: a scratch folder removed on exit, a server on a free
# loopback port, a throw-away PostgreSQL, wrk's durations in milliseconds, peak memory.
# Source it after setting $bin; it sets traps, so source it before starting anything.

work=$(mktemp -d "${TMPDIR:-/tmp}/alongside-bench.XXXXXX")
server_pid=""
pg_started=""

cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n $pg_started ]]; then
    scripts/postgres-test-server.sh stop "$work/pg" "$work/pg-url" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# wrk prints durations as 812.00us, 1.23ms or 1.02s; print them in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000
    else if (v ~ /ms$/) n = n
    else if (v ~ /m$/) n = n * 60000
    else if (v ~ /s$/) n = n * 1000
    printf "%.2f", n
  }'
}

start_server() { # database_url log
  local port
  port=$(free_port)
  "$bin" serve --listen "127.0.0.1:$port" --database "$1" >"$2" 2>&1 &
  server_pid=$!
  base_url="http://127.0.0.1:$port"
  for _ in $(seq 1 200); do
    if curl -fsS -o /dev/null "$base_url/healthz" 2>/dev/null; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "bench: the server did not start; its output:" >&2
  tail -n 40 "$2" >&2
  exit 1
}

stop_server() {
  kill -TERM "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

peak_rss_mib() {
  awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo "?"
}

start_postgres() { # sets pg_url
  echo "bench: starting a PostgreSQL server" >&2
  scripts/postgres-test-server.sh start "$work/pg" "$work/pg-url" >"$work/pg-start.log" 2>&1 || {
    echo "bench: PostgreSQL did not start:" >&2; cat "$work/pg-start.log" >&2; exit 1; }
  pg_started=1
  pg_url=$(tr -d '\n' <"$work/pg-url")
}

stop_postgres() {
  scripts/postgres-test-server.sh stop "$work/pg" "$work/pg-url" >/dev/null 2>&1 || true
  pg_started=""
}

sign_in() { # email -> prints an API token
  curl -fsS -X POST -H 'Content-Type: application/json' \
    --data "{\"email\":\"$1\",\"password\":\"$password\"}" "$base_url/api/v1/sessions" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).token))'
}
