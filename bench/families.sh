#!/usr/bin/env bash
# Family journeys at scale: a fictional area of 100,000 families and 2 million contacts
# (bench/families/generate.mjs), then one person's requests one after another, p50 and p99:
#   - a peer supporter's caseload (/families),
#   - a coordinator's programme list (10,000 families) and search by name and by postcode,
#   - a family's timeline.
#
#   bench/families.sh                         (needs build/alongside: make build)
#   BENCH_FAMILIES=20000 BENCH_DATABASES=sqlite bench/families.sh
#
# Target: p99 under 20 ms for each on SQLite. Servers listen on 127.0.0.1 and stop on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bin=${ALONGSIDE_BIN:-$root/build/alongside}
families=${BENCH_FAMILIES:-100000}
per_family=${BENCH_CONTACTS_PER_FAMILY:-20}
requests=${BENCH_REQUESTS:-400}
databases=${BENCH_DATABASES:-sqlite postgresql}
password='Alongside-demo-2026'
# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_database() { # database url
  local database=$1 url=$2 started dialect supporter coordinator
  dialect=$([[ $database == sqlite ]] && echo sqlite || echo postgres)
  echo "bench: $database: seeding the demo area and generating $families families" >&2
  seed_demo "$database" "$url"
  node bench/families/generate.mjs "$dialect" "$families" "$per_family" >"$work/generate-$database.sql"
  started=$(date +%s)
  load_sql "$database" "$url" "$work/generate-$database.sql"
  load_seconds[$database]=$(($(date +%s) - started))
  echo "bench: $database: $(query "$database" "$url" "SELECT count(*) FROM families") families," \
       "$(query "$database" "$url" "SELECT count(*) FROM contacts") contacts, loaded in ${load_seconds[$database]} s" >&2

  start_server "$url" "$work/server-$database.log"
  supporter=$(sign_in supporter@demo.alongside.test)
  coordinator=$(sign_in coordinator@demo.alongside.test)

  local -a timelines=() names=() postcodes=()
  mapfile -t timelines < <(query "$database" "$url" "SELECT '/families/' || f.id || '/timeline' FROM families f
    JOIN users u ON u.id = f.supporter_user_id WHERE u.email = 'supporter@demo.alongside.test' ORDER BY f.id")
  names=(/families?q=patel /families?q=amira /families?q=okafor /families?q=jade%20smith /families?q=zofia)
  postcodes=(/families?q=RV3 "/families?q=RV7%204AB" /families?q=rv11 /families?q=RV12%202AB)

  measure "$database" "caseload (supporter)" "$supporter" /families
  measure "$database" "programme list (coordinator)" "$coordinator" /families "/families?page=7" "/families?page=120"
  measure "$database" "search by name (coordinator)" "$coordinator" "${names[@]}"
  measure "$database" "search by postcode (coordinator)" "$coordinator" "${postcodes[@]}"
  measure "$database" "family timeline (supporter)" "$supporter" "${timelines[@]}"
  peak_rss[$database]=$(peak_rss_mib)
  stop_server
}

run_on_databases bench_database

print_latency_results "Family journeys benchmark: $families families, $per_family contacts each; $requests requests per row, one at a time, on 127.0.0.1 ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
