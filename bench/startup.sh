#!/usr/bin/env bash
# Start-up benchmark: the time from launching the site to its first answered page (the
# French home page, 200), on the embedded database and on PostgreSQL, run two ways:
#   jar  java -jar target/mmm-belgium-site.jar, as `./mvnw package` leaves it;
#   cds  the jar extracted (java -Djarmode=tools … extract) and started with a class data
#        sharing archive made by a training run, as the Dockerfile runs it.
# Each database is made (migrated, with the demo content) by a first start that is not
# counted; each case is then started RUNS times (3 by default) and the times and their
# median are printed.
#
#   bench/startup.sh [RUNS]
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), psql and curl.
# BENCH_JAR measures another build. Leaves nothing behind.
set -euo pipefail

RUNS=${1:-3}
PORT=${BENCH_PORT:-8095}
DB=mmm_bench_startup_$$
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh

jar=$(packaged_jar)
work=$(mktemp -d)
psql -q -d postgres -c "create database $DB"
cleanup() {
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
extracted=$work/extracted/$(basename "$jar")

# The settings of each database, as environment variables.
embedded=(MMM_BASE_URL="http://localhost:$PORT" SERVER_PORT="$PORT" MMM_MEDIA_DIRECTORY="$work/media")
postgres=("${embedded[@]}" SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
  SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" MMM_DEMO_CONTENT=true)

# Starts the site and prints the milliseconds until the home page answered 200.
#   first_answer DIRECTORY SETTINGS-ARRAY-NAME JAVA-ARGUMENTS...
first_answer() {
  local dir=$1 settings="$2[@]" start
  shift 2
  mkdir -p "$dir"
  start=$(date +%s%N)
  (cd "$dir" && exec env "${!settings}" java -Xmx256m "$@" > "$dir/site.log" 2>&1) &
  app=$!
  for _ in $(seq 1 1200); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/fr/") == 200 ]]; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
      kill "$app"
      wait "$app" 2>/dev/null || true
      app=
      return 0
    fi
    sleep 0.05
  done
  echo "the site did not answer; see $dir/site.log" >&2
  return 1
}

# The class data sharing archive: a training run that starts the context and stops, with
# the repositories made at start (they are made when first used otherwise), so that their
# classes are in the archive too.
(cd "$work" && mkdir -p training && cd training && env "${embedded[@]}" java -XX:ArchiveClassesAtExit="$work/site.jsa" \
  -Dspring.context.exit=onRefresh -Dspring.data.jpa.repositories.bootstrap-mode=default -jar "$extracted" \
  > "$work/training.log" 2>&1)

printf '%-10s %-5s %-30s %8s\n' database way "runs (ms)" median
for database in embedded postgres; do
  # The first start makes the database: not counted.
  first_answer "$work/$database" "$database" -jar "$jar" > /dev/null
  for way in jar cds; do
    times=()
    for _ in $(seq 1 "$RUNS"); do
      if [[ $way == jar ]]; then
        times+=("$(first_answer "$work/$database" "$database" -jar "$jar")")
      else
        times+=("$(first_answer "$work/$database" "$database" -XX:SharedArchiveFile="$work/site.jsa" -jar "$extracted")")
      fi
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    printf '%-10s %-5s %-30s %8s\n' "$database" "$way" "${times[*]}" "$median"
  done
done
