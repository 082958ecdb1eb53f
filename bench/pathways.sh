#!/usr/bin/env bash
# Pathways at scale: the families of bench/families/generate.mjs (without contacts), 5,000
# services and 1,000,000 referrals (bench/pathways/generate.mjs), then one person's requests
# one after another, p50 and p99:
#   - a service's referral inbox (practitioner@, 20,000 referrals) and its later pages,
#   - the workers' directory searched by words, by type and by postcode district.
#
#   bench/pathways.sh                         (needs build/alongside: make build)
#   BENCH_REFERRALS=100000 BENCH_DATABASES=sqlite bench/pathways.sh
#
# Target: p99 under 20 ms for each on SQLite. Servers listen on 127.0.0.1 and stop on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bin=${ALONGSIDE_BIN:-$root/build/alongside}
families=${BENCH_FAMILIES:-100000}
services=${BENCH_SERVICES:-5000}
referrals=${BENCH_REFERRALS:-1000000}
requests=${BENCH_REQUESTS:-400}
databases=${BENCH_DATABASES:-sqlite postgresql}
password='Alongside-demo-2026'
# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_pathways() { # database url
  local database=$1 url=$2 started dialect practitioner coordinator
  dialect=$([[ $database == sqlite ]] && echo sqlite || echo postgres)
  echo "bench: $database: seeding the demo area, $families families, $services services, $referrals referrals" >&2
  seed_demo "$database" "$url"
  node bench/families/generate.mjs "$dialect" "$families" 0 >"$work/families-$database.sql"
  node bench/pathways/generate.mjs "$dialect" "$families" "$services" "$referrals" >"$work/pathways-$database.sql"
  started=$(date +%s)
  load_sql "$database" "$url" "$work/families-$database.sql"
  load_sql "$database" "$url" "$work/pathways-$database.sql"
  load_seconds[$database]=$(($(date +%s) - started))
  echo "bench: $database: $(query "$database" "$url" "SELECT count(*) FROM services") services," \
       "$(query "$database" "$url" "SELECT count(*) FROM referrals") referrals, loaded in ${load_seconds[$database]} s" >&2

  start_server "$url" "$work/server-$database.log"
  practitioner=$(sign_in practitioner@demo.alongside.test)
  coordinator=$(sign_in coordinator@demo.alongside.test)

  local -a inbox=() detail=()
  inbox=(/referrals/inbox "/referrals/inbox?page=2" "/referrals/inbox?page=40" "/referrals/inbox?status=sent")
  mapfile -t detail < <(query "$database" "$url" "SELECT '/referrals/' || r.id FROM referrals r
    JOIN organisations o ON o.id = r.to_organisation_id WHERE o.name = 'Riverside Health Visiting (demo)'
    ORDER BY r.id LIMIT 50")
  measure "$database" "referral inbox (practitioner)" "$practitioner" "${inbox[@]}"
  measure "$database" "a referral (practitioner)" "$practitioner" "${detail[@]}"
  measure "$database" "referrals needing attention (coordinator)" "$coordinator" "/referrals?attention=1"
  measure "$database" "directory by words (coordinator)" "$coordinator" \
    "/services?q=health" "/services?q=oakfield%20food" "/services?q=parenting" "/services?q=mental"
  measure "$database" "directory by type and postcode (coordinator)" "$coordinator" \
    "/services?type=housing" "/services?postcode=RV3" "/services?level=specialist&postcode=RV7%204AB" \
    "/services?need=parental_mental_health&page=3"
  peak_rss[$database]=$(peak_rss_mib)
  stop_server
}

run_on_databases bench_pathways

print_latency_results "Pathways benchmark: $families families, $services services, $referrals referrals; $requests requests per row, one at a time, on 127.0.0.1 ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
