#!/usr/bin/env bash
# The peer support programme at scale: the demo area plus a programme of 500 volunteers (a large
# programme; most have tens) with a year of supervision, training and time
# (bench/programme/generate.mjs), then the coordinator's requests one after another, p50 and p99:
#   - the dashboard (/programme), which reads every volunteer of the programme, their last
#     supervision and refreshers, families waiting and claims,
#   - the supervision list (/programme/supervision),
#   - the volunteer list on its first and a later page, filtered by stage and searched by name,
#   - 50 different volunteers' records.
#
#   bench/programme.sh                          (needs build/alongside: make build)
#   BENCH_VOLUNTEERS=3000 BENCH_DATABASES=sqlite bench/programme.sh   (a stress run)
#
# Target: p99 under 20 ms for each on SQLite. Servers listen on 127.0.0.1 and stop on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bin=${ALONGSIDE_BIN:-$root/build/alongside}
volunteers=${BENCH_VOLUNTEERS:-500}
requests=${BENCH_REQUESTS:-400}
databases=${BENCH_DATABASES:-sqlite postgresql}
password='Alongside-demo-2026'
# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_programme() { # database url
  local database=$1 url=$2 started dialect coordinator
  dialect=$([[ $database == sqlite ]] && echo sqlite || echo postgres)
  echo "bench: $database: seeding the demo area and $volunteers volunteers" >&2
  seed_demo "$database" "$url"
  node bench/programme/generate.mjs "$dialect" "$volunteers" >"$work/programme-$database.sql"
  started=$(date +%s)
  load_sql "$database" "$url" "$work/programme-$database.sql"
  load_seconds[$database]=$(($(date +%s) - started))
  echo "bench: $database: $(query "$database" "$url" "SELECT count(*) FROM volunteers") volunteers," \
       "$(query "$database" "$url" "SELECT count(*) FROM volunteer_time") time entries, loaded in ${load_seconds[$database]} s" >&2

  start_server "$url" "$work/server-$database.log"
  coordinator=$(sign_in coordinator@demo.alongside.test)
  local -a records=()
  mapfile -t records < <(query "$database" "$url" "SELECT '/programme/volunteers/' || id FROM volunteers
    ORDER BY id LIMIT 50")
  measure "$database" "dashboard (/programme)" "$coordinator" /programme
  measure "$database" "supervision list (/programme/supervision)" "$coordinator" /programme/supervision
  measure "$database" "volunteer list, pages 1 and 40" "$coordinator" /programme/volunteers "/programme/volunteers?page=40"
  measure "$database" "volunteers by stage and by name" "$coordinator" \
    "/programme/volunteers?stage=training" "/programme/volunteers?q=volunteer%2012"
  measure "$database" "a volunteer's record" "$coordinator" "${records[@]}"
  peak_rss[$database]=$(peak_rss_mib)
  stop_server
}

run_on_databases bench_programme
print_latency_results "Programme at scale: $volunteers volunteers, $requests requests per row"
