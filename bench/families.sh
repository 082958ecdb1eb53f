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

[[ -x $bin ]] || { echo "bench: $bin is missing; run 'make build' first" >&2; exit 1; }
for tool in curl node sqlite3 psql; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done
# shellcheck source=bench/lib.sh
source bench/lib.sh

results=()  # "database|label|p50|p99|requests"
declare -A peak_rss=() load_seconds=()

query() { # database url sql -> rows, one per line
  case $1 in
    sqlite) sqlite3 "${2#sqlite:}" "$3" ;;
    postgresql) psql -qAt "$2" -c "$3" ;;
  esac
}

measure() { # database label token paths...
  local database=$1 label=$2 token=$3
  shift 3
  local line
  if ! line=$(node bench/families/latency.mjs "$base_url" "$token" "$requests" "$label" "$@"); then
    echo "bench: $label failed on $database; the server's log ends:" >&2
    tail -n 20 "$work/server-$database.log" >&2
    exit 1
  fi
  results+=("$database|$line")
}

bench_database() { # database url
  local database=$1 url=$2 started dialect supporter coordinator
  dialect=$([[ $database == sqlite ]] && echo sqlite || echo postgres)
  echo "bench: $database: seeding the demo area and generating $families families" >&2
  "$bin" seed-demo --database "$url" >"$work/seed-$database.log" 2>&1 || {
    echo "bench: seed-demo failed:" >&2; cat "$work/seed-$database.log" >&2; exit 1; }
  node bench/families/generate.mjs "$dialect" "$families" "$per_family" >"$work/generate-$database.sql"
  started=$(date +%s)
  case $database in
    sqlite) sqlite3 "${url#sqlite:}" <"$work/generate-$database.sql" >/dev/null ;;
    postgresql) psql -q -v ON_ERROR_STOP=1 "$url" -f "$work/generate-$database.sql" >/dev/null ;;
  esac
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

for database in $databases; do
  case $database in
    sqlite) bench_database sqlite "sqlite:$work/bench.db" ;;
    postgresql)
      start_postgres
      bench_database postgresql "$pg_url"
      stop_postgres
      ;;
    *) echo "bench: unknown database '$database'" >&2; exit 1 ;;
  esac
done

echo
echo "Family journeys benchmark: $families families, $per_family contacts each; $requests requests per row," \
     "one at a time, on 127.0.0.1 ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
printf '%-11s %-34s %9s %9s\n' database page 'p50 ms' 'p99 ms'
printf '%-11s %-34s %9s %9s\n' ----------- ---------------------------------- --------- ---------
met=yes
for row in "${results[@]}"; do
  IFS='|' read -r db label p50 p99 _ <<<"$row"
  printf '%-11s %-34s %9s %9s\n' "$db" "$label" "$p50" "$p99"
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
