#!/usr/bin/env bash
# Load benchmark of the site: starts the packaged site on a PostgreSQL database of its own
# with the demo content and generated news posts (1,000 by default, 10,000 with --large),
# on a 256 MB heap, warms it up, then drives each kind of page with wrk at 32 connections
# and prints requests per second, p50 and p99 latency, errors and non-2xx answers. In the
# same run nginx serves the very same post's HTML as a static file, for comparison, and the
# home page is asked for with a random parameter on every request (home-random), which the
# site must answer as fast as the home page itself.
#
#   bench/load.sh [--large] [--rendering] [--duration SECONDS]
#
# By default the site keeps the pages it rendered and sends them again while the content is
# unchanged, as in production; --rendering switches that off, so that every request is
# rendered from the database, as a first visit after a change is.
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), psql, curl,
# and Debian's wrk and nginx packages (apt-get install wrk nginx). Leaves nothing behind.
set -euo pipefail

POSTS=1000
DURATION=15
PAGE_MEMORY=32MB
while [[ $# -gt 0 ]]; do
  case $1 in
    --large) POSTS=10000 ;;
    --rendering) PAGE_MEMORY=0 ;;
    --duration) DURATION=$2; shift ;;
    *) echo "usage: $0 [--large] [--rendering] [--duration SECONDS]" >&2; exit 2 ;;
  esac
  shift
done
PORT=${BENCH_PORT:-8096}
NGINX_PORT=${BENCH_NGINX_PORT:-8099}
CONNECTIONS=32
DB=mmm_bench_load_$$
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh
for tool in wrk nginx psql curl; do
  command -v $tool >/dev/null || { [[ -x /usr/sbin/$tool ]] || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }; }
done

jar=target/mmm-belgium-site.jar
[[ -f $jar ]] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
chmod 755 "$work"
cp "$jar" "$work/site.jar"
psql -q -d postgres -c "create database $DB"
cleanup() {
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

start_site "$work/site.jar" "$PORT" "$DB" "$work" 256m MMM_DEMO_CONTENT=true \
  MMM_RENDERED_PAGES_MEMORY="$PAGE_MEMORY"

# Posts of about 300 words, with the search text the site keeps, published a minute apart.
psql -q -d "$DB" <<SQL
insert into news_post (translation_group, language, slug, title, status, published_at, created_at, updated_at,
                       excerpt, body_markdown, body_html, search_text, search_folded)
select gen_random_uuid(), 'fr', 'actualite-' || n, 'Actualité numéro ' || n, 'PUBLISHED',
       now() - interval '1 hour' - n * interval '1 minute', now(), now(),
       'Le résumé de l''actualité ' || n || '.',
       body, '<p>' || replace(body, E'\n\n', '</p><p>') || '</p>',
       'Le résumé de l''actualité ' || n || '. ' || body,
       'actualite numero ' || n || chr(10) || 'le resume de l''actualite ' || n || '. ' || body
  from generate_series(1, $POSTS) as n,
       lateral (select string_agg('Les mères qui travaillent demandent un congé plus long et une pension juste, '
                                  || 'et des services de garde pour leurs enfants, paragraphe ' || p || '.',
                                  E'\n\n') as body
                  from generate_series(1, 12) as p) as text;
analyze;
SQL

last=$(( (POSTS + 6 + 9) / 10 ))
post=/fr/actualites/actualite-$(( POSTS / 2 ))
episode=/fr/podcasts/une-mere-presque-parfaite/le-mythe-de-la-mere-parfaite
declare -A pages=(
  [home]=/fr/
  [news-first]=/fr/actualites
  [news-last]="/fr/actualites?page=$last"
  [post]=$post
  [episode]=$episode
  [sitemap]=/sitemap-fr-1.xml
  [feed]=/fr/actualites/feed.atom
  [search]="/fr/recherche?q=cong%C3%A9+pension"
)
order=(home news-first news-last post episode sitemap feed search)
for name in "${order[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT${pages[$name]}")
  [[ $status == 200 ]] || { echo "${pages[$name]} answers $status" >&2; exit 1; }
done

# nginx serves the same post, as the site renders it, as a static file.
mkdir -p "$work/static"
curl -s "http://localhost:$PORT$post" -o "$work/static/post.html"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/static; }
}
CONF
nginx -c "$work/nginx.conf"

# Warm-up: every page, long enough for the JIT.
for name in "${order[@]}"; do
  wrk -t2 -c$CONNECTIONS -d5s "http://localhost:$PORT${pages[$name]}" > /dev/null
done

# Each request with a parameter no page reads, different every time, as a crawler or an
# attacker trying to get past the kept pages would send.
cat > "$work/random-parameter.lua" <<'LUA'
request = function()
  return wrk.format("GET", "/fr/?utm_source=" .. math.random(1, 1000000000))
end
LUA

measure() { # url [wrk script] -> "rps p50 p99 errors non2xx"
  local out rps p50 p99 errors non2xx
  out=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency ${2:+-s "$2"} "$1")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
  echo "$rps ${p50:-?} ${p99:-?} ${errors:-0} ${non2xx:-0}"
}

echo
echo "Site on PostgreSQL, $POSTS generated posts plus the demo content, heap 256 MB, rendered pages kept: $PAGE_MEMORY, wrk at $CONNECTIONS connections for ${DURATION} s each"
printf '%-12s %-52s %10s %9s %9s %7s %8s\n' page address req/s p50 p99 errors non-2xx
for name in "${order[@]}"; do
  read -r rps p50 p99 errors non2xx < <(measure "http://localhost:$PORT${pages[$name]}")
  printf '%-12s %-52s %10s %9s %9s %7s %8s\n' "$name" "${pages[$name]}" "$rps" "$p50" "$p99" "$errors" "$non2xx"
  [[ $name == post ]] && site_post=$rps
  [[ $name == home ]] && site_home=$rps
done
read -r rps p50 p99 errors non2xx < <(measure "http://localhost:$PORT/fr/" "$work/random-parameter.lua")
printf '%-12s %-52s %10s %9s %9s %7s %8s\n' home-random "/fr/?utm_source=<random>" "$rps" "$p50" "$p99" "$errors" \
  "$non2xx"
awk -v random="$rps" -v plain="$site_home" \
  'BEGIN { printf "the home page with a random parameter: %.0f%% of the plain home page'"'"'s throughput\n", 100 * random / plain }'

read -r rps p50 p99 errors non2xx < <(measure "http://127.0.0.1:$NGINX_PORT/post.html")
printf '%-12s %-52s %10s %9s %9s %7s %8s\n' "nginx" "the same post as a static file" "$rps" "$p50" "$p99" "$errors" "$non2xx"
echo
awk -v site="$site_post" -v nginx="$rps" 'BEGIN { printf "The site serves the post at %.2f of nginx'"'"'s throughput (target: 0.50 or better)\n", site / nginx }'
