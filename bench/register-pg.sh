#!/usr/bin/env bash
# Register list benchmark on PostgreSQL (docs/benchmarks.md, "Register list on PostgreSQL").
#
#   bash bench/register-pg.sh [-Dbench.systems=10000] [-Dbench.clients=32] [-Dbench.warmupSeconds=30]
#                             [-Dbench.measureSeconds=20] [-Dbench.rounds=3] [-Dbench.checkClients=8]
#                             [-Dbench.only=checks]   (the check rounds only, with ping; BENCH_STARTS=0 skips step 3)
#
# 1. Creates a throwaway database on the PostgreSQL cluster of 127.0.0.1:5432 (user $PGUSER, default postgres;
#    $PGPASSWORD if the cluster asks for a password) and drops it on exit, whatever happens.
# 2. Runs RegisterBenchmarkIT on it, like .ci/run runs the integration tests on PostgreSQL:
#    mvn -B -Pbench-api clean verify, plus the options given to this script. The test fills the database with
#    BenchmarkData through the API, then runs HTTP rounds (ping, list) interleaved with pgbench rounds (the list's
#    own SQL, a plain-SQL list page) at the same concurrency, and samples the server's RSS under load.
# 3. Cold start of the packaged server: java -Xmx512m -jar target/vigie-microbundle.jar (VIGIE_BENCH_JAVA_OPTS
#    replaces -Xmx512m), from process start to
#    the first HTTP 200 of GET /api/ping (basic auth, polled every 50 ms), and its RSS (VmRSS) at that moment:
#    3 starts on the filled PostgreSQL database, then 3 on a fresh H2 folder each (secondary figures).
# Everything goes to target/benchmarks/register-list.md (the test's report, then the cold starts), printed at the end.
# Needs a running PostgreSQL on 127.0.0.1:5432, psql, pgbench, curl, ss, Java 17 and Maven. Full run: about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${BENCH_STARTS:-3} # BENCH_STARTS=0 skips the cold starts (e.g. with -Dbench.only=checks)
START_TIMEOUT_SECONDS=180
REPORT=target/benchmarks/register-list.md
PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-unused} # ignored by trust authentication; pgbench and the server need a value

for tool in psql pgbench curl ss java mvn; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "No PostgreSQL on 127.0.0.1:5432 (start the cluster: pg_ctlcluster <version> main start)" >&2
  exit 1
fi

db="vigie_bench_$(date +%s)_$$"
scratch=$(mktemp -d)
server_pid=
run_psql() { psql -h 127.0.0.1 -U "$PGUSER" -d postgres -w -v ON_ERROR_STOP=1 -q -c "$1"; }
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  run_psql "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
run_psql "CREATE DATABASE $db"
echo "== Throwaway database $db (dropped on exit)"

export DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD"
export DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource VIGIE_DEMO=true

echo "== RegisterBenchmarkIT on PostgreSQL: mvn -B -Pbench-api clean verify $*"
mvn -B -Pbench-api clean verify "$@"
[ -f "$REPORT" ] || { echo "The benchmark wrote no $REPORT" >&2; exit 1; }
[ -f target/vigie-microbundle.jar ] || { echo "The build made no target/vigie-microbundle.jar" >&2; exit 1; }

# A local TCP port nothing listens on (another server may be running on this machine).
free_port() {
  local port
  for port in $(seq 18180 18280); do
    if [ -z "$(ss -Htln "sport = :$port")" ]; then
      echo "$port"
      return
    fi
  done
  echo "No free port in 18180-18280" >&2
  return 1
}

# cold_start <name>: one cold start of the packaged server with the current DB_* environment: sets start_ms (process start to the
# first 200 of GET /api/ping) and start_rss (VmRSS in bytes right after that 200), then stops the server.
cold_start() {
  local port log started status
  port=$(free_port)
  log="$scratch/$1.log"
  started=$(date +%s%N)
  java ${VIGIE_BENCH_JAVA_OPTS:--Xmx512m} -jar target/vigie-microbundle.jar --port "$port" >"$log" 2>&1 &
  server_pid=$!
  while true; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -u admin:vigie-demo "http://127.0.0.1:$port/api/ping" || true)
    [ "$status" = 200 ] && break
    if ! kill -0 "$server_pid" 2>/dev/null || (( $(date +%s%N) - started > START_TIMEOUT_SECONDS * 1000000000 )); then
      echo "Start $1 served no 200 within $START_TIMEOUT_SECONDS s (last status $status); server log:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    sleep 0.05
  done
  start_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  start_rss=$(awk '/^VmRSS:/ { print $2 * 1024 }' "/proc/$server_pid/status")
  kill "$server_pid"
  wait "$server_pid" || true
  server_pid=
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
megabytes() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1e6 }'; }

# cold_starts <setup> <description>: $STARTS cold starts, each after running the function <setup> with the start's
# number (it sets the database of that start). Appends one table row to $rows, sets median_ms and median_rss.
rows=
cold_starts() {
  local setup=$1 description=$2 i times=() rss=() cells=
  for i in $(seq 1 "$STARTS"); do
    "$setup" "$i"
    cold_start "$setup-$i"
    times+=("$start_ms")
    rss+=("$start_rss")
    echo "   $description, start $i: $(seconds "$start_ms") s to the first 200, RSS $(megabytes "$start_rss") MB"
    cells+=" $(seconds "$start_ms") s ($(megabytes "$start_rss") MB) |"
  done
  median_ms=$(median "${times[@]}")
  median_rss=$(median "${rss[@]}")
  echo "   $description: median $(seconds "$median_ms") s, RSS median $(megabytes "$median_rss") MB"
  rows+="| $description |$cells **$(seconds "$median_ms") s** | **$(megabytes "$median_rss") MB** |"$'\n'
}

if [ "$STARTS" -gt 0 ]; then
echo "== Cold start of the packaged server on the filled PostgreSQL database"
same_postgresql_database() { :; }
cold_starts same_postgresql_database "PostgreSQL, the benchmark's filled database"
pg_ms=$median_ms
pg_rss=$median_rss

echo "== Cold start on a fresh H2 folder (secondary)"
unset DB_USER DB_PASSWORD DB_DATASOURCE_CLASS
fresh_h2_folder() {
  mkdir "$scratch/h2-$1"
  export DB_URL="jdbc:h2:file:$scratch/h2-$1/vigie;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
}
cold_starts fresh_h2_folder "H2, a fresh folder (secondary)"

header="| Database |"
separator="|---|"
for i in $(seq 1 "$STARTS"); do
  header+=" Start $i (RSS) |"
  separator+="---|"
done
cat >>"$REPORT" <<EOF

Cold start of the packaged server (bench/register-pg.sh): java -Xmx512m -jar target/vigie-microbundle.jar, from process start to the first HTTP 200 of GET /api/ping (polled every 50 ms); RSS = VmRSS of the server right after that 200 (1 MB = 10^6 bytes).

$header Median | RSS median |
$separator---|---|
$rows
Medians: cold start to the first 200 = $(seconds "$pg_ms") s on PostgreSQL (target <= 10 s), $(seconds "$median_ms") s on H2 (secondary); RSS right after it = $(megabytes "$pg_rss") MB on PostgreSQL, $(megabytes "$median_rss") MB on H2.
EOF
fi

echo "== Report ($REPORT)"
cat "$REPORT"
