#!/usr/bin/env bash
# What visitors and volunteers see when PostgreSQL stops under load, and after it is back.
#
#   bench/outage.sh
#
# Starts the packaged site on a database of its own with the demo content, puts it under
# load (wrk, 8 connections, on the home page and a post), signs an admin in, then stops the
# local PostgreSQL cluster for 15 seconds: meanwhile it asks for public pages (each answer's
# status, time and heading) and sends a news form, then starts PostgreSQL again, says how
# long the site took to answer again, and asks once more. Needs root on a machine whose PostgreSQL is a Debian cluster (pg_ctlcluster), wrk,
# psql and curl. The cluster is started again whatever happens.
set -euo pipefail

PORT=${BENCH_PORT:-8094}
DB=mmm_bench_outage_$$
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh
cluster=$(ls /etc/postgresql | sort -V | tail -1)
jar=target/mmm-belgium-site.jar
[[ -f $jar ]] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
cp "$jar" "$work/site.jar"
psql -q -d postgres -c "create database $DB"
cleanup() {
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main start 2>/dev/null || true
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" && break; sleep 1; done
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

admin=outage-admin@example.org
password='Correct-Horse-Battery-9'
start_site "$work/site.jar" "$PORT" "$DB" "$work" 256m MMM_DEMO_CONTENT=true MMM_ADMIN_EMAIL=$admin \
  MMM_ADMIN_PASSWORD="$password"
base=http://localhost:$PORT
post=$(curl -s "$base/fr/actualites" | grep -o 'href="/fr/actualites/[a-z0-9-]*"' | sed -n 3p | cut -d'"' -f2)

look() { # label: the status and heading of the home page, a post and a search
  for path in /fr/ "$post" "/fr/recherche?q=meres"; do
    body=$(curl -s -m 10 -o "$work/page.html" -w '%{http_code} %{time_total}s' "$base$path")
    heading=$(grep -o '<h1[^>]*>[^<]*' "$work/page.html" | head -1 | sed 's/<h1[^>]*>//')
    printf '  %-10s %-48s %s  «%s»%s\n' "$1" "$path" "$body" "$heading" \
      "$(grep -qi 'exception\|stack' "$work/page.html" && echo '  (shows a stack trace!)' || true)"
  done
}

# An admin signs in and opens the news form before the outage.
jar_cookies="$work/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/admin/login" | token)
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "email=$admin" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/admin/login"
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/admin/news/new" | token)

wrk -t2 -c8 -d40s "$base/fr/" > "$work/wrk-home.txt" &
load_home=$!
wrk -t2 -c8 -d40s "$base$post" > "$work/wrk-post.txt" &
load_post=$!
sleep 5
echo "Before the outage"
look before

echo "PostgreSQL $cluster stopped at $(date -u +%T)"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
sleep 3
look during
status=$(curl -s -m 15 -o "$work/save.html" -w '%{http_code}' -b "$jar_cookies" -c "$jar_cookies" \
  --data-urlencode "_csrf=$csrf" --data-urlencode "language=FR" \
  --data-urlencode "title=Écrit pendant la panne" --data-urlencode "body=Un texte à ne pas perdre." \
  "$base/admin/news/new")
kept=$(grep -c 'Écrit pendant la panne\|Un texte à ne pas perdre' "$work/save.html" || true)
echo "  a volunteer saves a post: $status, the page gives back $kept of the 2 texts typed, heading «$(grep -o '<h1[^>]*>[^<]*' "$work/save.html" | sed 's/<h1[^>]*>//')»"
sleep 12

echo "PostgreSQL $cluster started at $(date -u +%T)"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" && break; sleep 1; done
started=$(date +%s.%N)
for _ in $(seq 1 60); do
  [[ $(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/fr/") == 200 ]] && break
  sleep 0.2
done
echo "  the home page answers 200 again $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s after PostgreSQL accepts connections"
echo "After the outage"
look after
wait "$load_home" "$load_post"
for page in home post; do
  echo "wrk on the $page during the 40 s: $(awk '/requests in/ {print $1, "requests"} /Non-2xx/ {print "non-2xx:", $5} /Socket errors/ {print}' "$work/wrk-$page.txt" | tr '\n' ' ')"
done
