#!/usr/bin/env bash
# Import benchmark: generates a WordPress export (bench/WxrExport.java: 1,000 posts by
# default, each about 45 kB of block-editor HTML with a featured picture of its own, half
# of them Dutch translations of the other half, and a few pages; about 55 MB) with its
# uploads folder, then imports it from the command line as the README gives it (serial
# garbage collector) into a PostgreSQL database of its own on a 256 MB heap, the pictures
# read from the folder (no download). Prints the
# report's summary, the time the import took, the heap at its fullest and the garbage
# collector's work (from the site), and the process's wall time and resident memory.
#
#   bench/wordpress-import.sh [POSTS] [--no-pictures]
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), psql and GNU
# time (/usr/bin/time). BENCH_JAR measures another build, BENCH_GC another collector
# (-XX:+UseG1GC, Java's default), BENCH_JAVA_OPTS adds options (a profiler, say). Leaves
# nothing behind.
set -euo pipefail

POSTS=${1:-1000}
PICTURES=${2:-}
DB=mmm_bench_import_$$
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh
[[ -x /usr/bin/time ]] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

jar=$(packaged_jar)
work=$(mktemp -d)
psql -q -d postgres -c "create database $DB"
cleanup() {
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Generating an export of $POSTS posts ${PICTURES:+(no pictures)}…"
java bench/WxrExport.java "$work" "$POSTS" $PICTURES
echo "export: $(du -m "$work/export.xml" | cut -f1) MB, uploads: $(du -sm "$work/uploads" | cut -f1) MB"

# The database is migrated by a first start that imports nothing, so that the import's
# time is the import's alone.
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" MMM_DEMO_CONTENT=false MMM_MEDIA_DIRECTORY="$work/media" \
  /usr/bin/time -v -o "$work/time.txt" java -Xmx256m ${BENCH_GC:--XX:+UseSerialGC} ${BENCH_JAVA_OPTS:-} -jar "$jar" --mmm.import.wordpress="$work/export.xml" \
  --mmm.import.uploads="$work/uploads" > "$work/import.log" 2>&1 ) || echo "the import ended with status $?"
echo "collector: ${BENCH_GC:--XX:+UseSerialGC}"
grep -a "^WordPress import of\|^Took\|^The export was not imported" "$work/import.log" || { tail -50 "$work/import.log"; exit 1; }
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt" | sed 's/^\s*/process: /'
