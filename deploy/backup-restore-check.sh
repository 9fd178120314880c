#!/usr/bin/env bash
# Checks the backup procedure end to end: a site with the demo content runs on a database
# of its own, deploy/backup.sh backs it up while it runs, deploy/restore.sh restores the
# backup into a new empty database and media directory, and a site started on the restored
# copy must answer every public page of the sitemaps, every feed and every media file those
# pages use with the very same bytes as the original. Prints what it compared.
#
#   deploy/backup-restore-check.sh
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) with its client
# tools (psql, pg_dump, pg_restore) of the server's version or newer, and curl. Leaves
# nothing behind.
set -euo pipefail
PORT=${CHECK_PORT:-8140}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh
require_tools psql pg_dump pg_restore curl
ORIGINAL=mmm_check_original_$$
RESTORED=mmm_check_restored_$$
jar=$(packaged_jar)
work=$(mktemp -d)
mkdir -p "$work/original" "$work/restored"
cleanup() {
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $ORIGINAL with (force)" -c "drop database if exists $RESTORED with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -q -d postgres -c "create database $ORIGINAL" -c "create database $RESTORED"

# Every public address the site lists: its sitemaps' pages, and its feeds.
addresses() {
  local index sitemap
  index=$(curl -sf "http://localhost:$PORT/sitemap.xml")
  for sitemap in $(grep -o '<loc>[^<]*</loc>' <<<"$index" | sed 's/<loc>//; s/<\/loc>//'); do
    curl -sf "${sitemap/http:\/\/localhost:8080/http://localhost:$PORT}" | grep -o '<loc>[^<]*</loc>' \
      | sed 's/<loc>//; s/<\/loc>//; s|^https\?://[^/]*||'
  done
  echo /robots.txt
  for page in /fr/ /nl/ /en/; do
    curl -sf "http://localhost:$PORT$page" | grep -o 'type="application/\(atom\|rss\)+xml"[^>]*href="[^"]*"' \
      | sed 's/.*href="//; s/"$//; s|^https\?://[^/]*||'
  done
}
# Saves each address's body under a folder, and the media files the pages use.
fetch_all() { # folder
  local folder=$1 address n=0
  mkdir -p "$folder"
  while read -r address; do
    n=$((n + 1))
    curl -sf "http://localhost:$PORT$address" -o "$folder/$n" || echo "missing" > "$folder/$n"
    echo "$n $address" >> "$folder/index"
  done < "$work/addresses"
}

echo "The original site, with the demo content…"
start_site "$jar" $PORT $ORIGINAL "$work/original" 256m MMM_DEMO_CONTENT=true
addresses | sort -u > "$work/pages"
cat "$work/pages" > "$work/addresses"
for address in $(cat "$work/pages"); do
  curl -sf "http://localhost:$PORT$address" | grep -o '/media/[a-z0-9/._-]*' || true
done | sort -u >> "$work/addresses"
fetch_all "$work/original/answers"
echo "$(wc -l < "$work/pages") public pages and feeds, $(grep -c '^/media/' "$work/addresses") media files"

echo "Backing it up while it runs (deploy/backup.sh)…"
backup=$(PGDATABASE=$ORIGINAL MMM_MEDIA_DIRECTORY="$work/original/media" deploy/backup.sh "$work/backups")
ls -l "$backup" | awk 'NR > 1 {printf "  %s %s bytes\n", $NF, $5}'
kill "$app"; wait "$app" 2>/dev/null || true; app=

echo "Restoring it into an empty database and media directory (deploy/restore.sh)…"
PGDATABASE=$RESTORED MMM_MEDIA_DIRECTORY="$work/restored/media" deploy/restore.sh "$backup"
start_site "$jar" $PORT $RESTORED "$work/restored" 256m MMM_DEMO_CONTENT=false
fetch_all "$work/restored/answers"

same=0 different=0
while read -r n address; do
  if cmp -s "$work/original/answers/$n" "$work/restored/answers/$n" && ! grep -qx missing "$work/original/answers/$n"; then
    same=$((same + 1))
  else
    different=$((different + 1))
    echo "  differs or missing: $address"
  fi
done < "$work/original/answers/index"
echo "Compared $((same + different)) answers of the restored site with the original's: $same the same byte for byte, $different not"
[[ $different == 0 ]]
