#!/usr/bin/env bash
# Measures the sitemaps with many addresses: starts the packaged site on a PostgreSQL
# database of its own, fills it with generated news posts (50,000 in French, half of them
# translated into Dutch, by default), and prints how long each sitemap takes, in full and
# conditionally, with the size of each answer.
#
#   bench/sitemap.sh [posts]          e.g. bench/sitemap.sh 100000
#
# Needs: a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust
# or PGPASSWORD), psql, curl. Leaves nothing behind: the database is dropped at the end.
set -euo pipefail

POSTS=${1:-50000}
PORT=${BENCH_PORT:-8097}
HEAP=${BENCH_HEAP:-256m}
DB=mmm_bench_sitemap_$$
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh

jar=target/mmm-belgium-site.jar
if [[ ! -f $jar ]]; then
  ./mvnw -q -B -DskipTests package
fi

psql -q -d postgres -c "create database $DB"
media=$(mktemp -d)
cleanup() {
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$media"
}
trap cleanup EXIT

start_site "$jar" "$PORT" "$DB" "$media" "$HEAP" MMM_DEMO_CONTENT=false

psql -q -d "$DB" <<SQL
insert into news_post (translation_group, language, slug, title, status, published_at, created_at, updated_at)
select md5('post' || n)::uuid, 'fr', 'actualite-' || n, 'Actualité ' || n, 'PUBLISHED',
       now() - n * interval '1 minute', now(), now()
  from generate_series(1, $POSTS) as n;
insert into news_post (translation_group, language, slug, title, status, published_at, created_at, updated_at)
select md5('post' || n)::uuid, 'nl', 'nieuws-' || n, 'Nieuws ' || n, 'PUBLISHED',
       now() - n * interval '1 minute', now(), now()
  from generate_series(1, $POSTS / 2) as n;
analyze news_post;
SQL

echo "Sitemaps with $POSTS posts in French and $((POSTS / 2)) in Dutch, site heap $HEAP"
printf '%-22s %10s %10s %10s %12s %14s\n' "address" "first (s)" "best (s)" "worst (s)" "bytes" "304 best (s)"
for path in /sitemap.xml /sitemap-fr-1.xml /sitemap-fr-2.xml /sitemap-nl-1.xml; do
  url="http://localhost:$PORT$path"
  first=$(curl -s -o /dev/null -w '%{time_total}' "$url")
  times=() size=0
  for _ in 1 2 3 4 5; do
    read -r t s < <(curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "$url")
    times+=("$t") size=$s
  done
  etag=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  cond=()
  for _ in 1 2 3 4 5; do
    cond+=("$(curl -s -o /dev/null -w '%{time_total}' -H "If-None-Match: $etag" "$url")")
  done
  best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  worst=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  condbest=$(printf '%s\n' "${cond[@]}" | sort -n | head -1)
  printf '%-22s %10s %10s %10s %12s %14s\n' "$path" "$first" "$best" "$worst" "$size" "$condbest"
done
urls=$(curl -s "http://localhost:$PORT/sitemap-fr-1.xml" | grep -c '<url>' || true)
echo "sitemap-fr-1.xml holds $urls addresses"
