# Shared pieces of the benchmarks: a scratch folder removed on exit, a server on a free
# loopback port, a throw-away PostgreSQL, wrk's durations in milliseconds, peak memory.
# Source it after setting $bin; it sets traps, so source it before starting anything.

if [[ -n ${databases:-} ]]; then  # the latency benchmarks: a built server and the tools to load data
  [[ -x $bin ]] || { echo "bench: $bin is missing; run 'make build' first" >&2; exit 1; }
  for tool in curl node sqlite3 psql; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
  done
fi

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

results=()  # "database|label|p50|p99|requests", filled by measure
declare -A peak_rss=() load_seconds=()

query() { # database url sql -> rows, one per line
  case $1 in
    sqlite) sqlite3 "${2#sqlite:}" "$3" ;;
    postgresql) psql -qAt "$2" -c "$3" ;;
  esac
}

load_sql() { # database url file: runs a generated SQL file, stopping at the first error
  case $1 in
    sqlite) # then fold the write-ahead log into the file, so the server's first write does not
      sqlite3 -bail "${2#sqlite:}" <"$3" >/dev/null  # pay for copying the whole load
      sqlite3 "${2#sqlite:}" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null ;;
    postgresql) psql -q -v ON_ERROR_STOP=1 "$2" -f "$3" >/dev/null ;;
  esac
}

measure() { # database label token paths...: one person's requests one after another, p50 and p99
  local database=$1 label=$2 token=$3
  shift 3
  local line
  if ! line=$(node bench/latency.mjs "$base_url" "$token" "$requests" "$label" "$@"); then
    echo "bench: $label failed on $database; the server's log ends:" >&2
    tail -n 20 "$work/server-$database.log" >&2
    exit 1
  fi
  results+=("$database|$line")
}

print_latency_results() { # title: the table of results, memory, and whether SQLite met p99 < 20 ms
  echo
  echo "$1"
  printf '%-11s %-46s %9s %9s\n' database page 'p50 ms' 'p99 ms'
  printf '%-11s %-46s %9s %9s\n' ----------- ---------------------------------------------- --------- ---------
  local met=yes row db label p50 p99
  for row in "${results[@]}"; do
    IFS='|' read -r db label p50 p99 _ <<<"$row"
    printf '%-11s %-46s %9s %9s\n' "$db" "$label" "$p50" "$p99"
    if [[ $db == sqlite ]] && ! awk -v p="$p99" 'BEGIN { exit !(p < 20) }'; then met=no; fi
  done
  echo
  for database in $databases; do
    [[ -n ${peak_rss[$database]:-} ]] && echo "$database: data loaded in ${load_seconds[$database]} s; server peak RSS ${peak_rss[$database]} MiB"
  done
  if [[ " $databases " == *" sqlite "* ]]; then
    [[ $met == yes ]] && echo "Target met: every p99 on SQLite is under 20 ms." \
                      || echo "Target NOT met: some p99 on SQLite is 20 ms or more."
  fi
}

run_on_databases() { # function: calls it with (database, url) for each of $databases
  local database
  for database in $databases; do
    case $database in
      sqlite) "$1" sqlite "sqlite:$work/bench-$1.db" ;;
      postgresql)
        start_postgres
        "$1" postgresql "$pg_url"
        stop_postgres
        ;;
      *) echo "bench: unknown database '$database'" >&2; exit 1 ;;
    esac
  done
}

seed_demo() { # database url: a fresh database with the demo area
  "$bin" seed-demo --database "$2" >"$work/seed-$1.log" 2>&1 || {
    echo "bench: seed-demo failed:" >&2; cat "$work/seed-$1.log" >&2; exit 1; }
}
