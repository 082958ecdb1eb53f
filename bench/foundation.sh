#!/usr/bin/env bash
# Foundation benchmark: how fast a signed-in page that reads the database is, measured
# against /healthz (no database) in the same run, on SQLite and on PostgreSQL.
#
#   bench/foundation.sh            (needs build/alongside: make build)
#   BENCH_DURATION=30s bench/foundation.sh
#   BENCH_DATABASES=sqlite bench/foundation.sh
#
# Target: on SQLite, the home page serves at least a third of the requests per second that
# /healthz does. Everything listens on 127.0.0.1 only; servers are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bin=${ALONGSIDE_BIN:-$root/build/alongside}
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-32}
databases=${BENCH_DATABASES:-sqlite postgresql}
password='Alongside-demo-2026'
email='coordinator@demo.alongside.test'

[[ -x $bin ]] || { echo "bench: $bin is missing; run 'make build' first" >&2; exit 1; }
for tool in wrk curl node; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done

# shellcheck source=bench/lib.sh
source bench/lib.sh

results=()   # "database|endpoint|rps|p50|p99|errors"

run_wrk() { # database endpoint url [cookie]
  local out rps p50 p99 errors
  local args=(-t1 "-c$connections" "-d$duration" --latency)
  [[ -n ${4:-} ]] && args+=(-H "Cookie: alongside_session=$4")
  out=$(wrk "${args[@]}" "$3")
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { for (i = 3; i <= NF; i++) n += $i + 0 } END { print n + 0 }' <<<"$out")
  if [[ -z $rps ]]; then
    echo "bench: could not read wrk's output:" >&2
    echo "$out" >&2
    exit 1
  fi
  results+=("$1|$2|$rps|$p50|$p99|$errors")
}

bench_database() { # database database_url
  local database=$1 url=$2 log="$work/server-$1.log" token status
  echo "bench: $database: seeding and starting the server" >&2
  "$bin" seed-demo --database "$url" >"$work/seed-$database.log" 2>&1 || {
    echo "bench: seed-demo failed on $database:" >&2; cat "$work/seed-$database.log" >&2; exit 1; }
  start_server "$url" "$log"

  token=$(sign_in "$email")
  # Make sure the page really is the signed-in home page, not a redirect to sign in.
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: alongside_session=$token" "$base_url/")
  if [[ $status != 200 ]]; then
    echo "bench: GET / with the session cookie answered $status, expected 200" >&2
    exit 1
  fi

  echo "bench: $database: wrk $duration on /healthz and on / (signed in)" >&2
  run_wrk "$database" /healthz "$base_url/healthz"
  run_wrk "$database" "/ (signed in)" "$base_url/" "$token"
  peak_rss["$database"]=$(peak_rss_mib)
  stop_server
}

declare -A peak_rss=()
for database in $databases; do
  case $database in
    sqlite)
      bench_database sqlite "sqlite:$work/bench.db"
      ;;
    postgresql)
      if [[ ! -x scripts/postgres-test-server.sh ]]; then
        echo "bench: scripts/postgres-test-server.sh is missing; skipping PostgreSQL" >&2
        continue
      fi
      start_postgres
      bench_database postgresql "$pg_url"
      stop_postgres
      ;;
    *) echo "bench: unknown database '$database'" >&2; exit 1 ;;
  esac
done

echo
echo "Foundation benchmark: wrk -t1 -c$connections -d$duration on 127.0.0.1 ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
printf '%-11s %-15s %10s %9s %9s %7s\n' database endpoint 'req/s' 'p50 ms' 'p99 ms' errors
printf '%-11s %-15s %10s %9s %9s %7s\n' ----------- --------------- ---------- --------- --------- -------
for row in "${results[@]}"; do
  IFS='|' read -r db endpoint rps p50 p99 errors <<<"$row"
  printf '%-11s %-15s %10s %9s %9s %7s\n' "$db" "$endpoint" "$rps" "$p50" "$p99" "$errors"
done
echo

target_met=""
for database in $databases; do
  [[ -n ${peak_rss[$database]:-} ]] || continue
  healthz=$(printf '%s\n' "${results[@]}" | awk -F'|' -v d="$database" '$1 == d && $2 == "/healthz" { print $3 }')
  page=$(printf '%s\n' "${results[@]}" | awk -F'|' -v d="$database" '$1 == d && $2 != "/healthz" { print $3 }')
  ratio=$(awk -v p="$page" -v h="$healthz" 'BEGIN { printf "%.3f", (h > 0 ? p / h : 0) }')
  echo "$database: page/healthz = $ratio (server peak RSS ${peak_rss[$database]} MiB)"
  if [[ $database == sqlite ]]; then
    if awk -v p="$page" -v h="$healthz" 'BEGIN { exit !(h > 0 && 3 * p >= h) }'; then target_met=yes; else target_met=no; fi
  fi
done
case $target_met in
  yes) echo "Target met: on SQLite the signed-in page serves at least 1/3 of /healthz's requests per second." ;;
  no) echo "Target NOT met: on SQLite the signed-in page serves less than 1/3 of /healthz's requests per second." ;;
  *) echo "Target not measured (SQLite was not benchmarked)." ;;
esac
