#!/usr/bin/env bash
# Load benchmark of the site: starts the packaged site on a PostgreSQL database of its own
# with the demo content and generated news posts (1,000 by default, 10,000 with --large),
# on a 256 MB heap, warms it up, then drives each kind of page with wrk at 32 connections
# and prints requests per second, p50 and p99 latency, errors and non-2xx answers. In the
# same run nginx serves the very same post's HTML as a static file, for comparison, and the
# home page is asked for with a random parameter on every request (home-random), which the
# site must answer as fast as the home page itself. Last come the back-office's list and
# form of news, signed in as an admin. Each line also gives the processor time the site's
# process spent per request (user and system, read from /proc).
#
#   bench/load.sh [--large] [--rendering] [--profile] [--duration SECONDS]
#
# By default the site keeps the pages it rendered and sends them again while the content is
# unchanged, as in production; --rendering switches that off, so that every request is
# rendered from the database, as a first visit after a change is. --profile samples the
# site's processor time during each page's run with async-profiler (from Maven Central; every
# thread, the JVM's own included) and prints where it went (bench/ProfileBreakdown.java); the
# profiles stay in target/bench-profiles/. Profiling costs a little: the figures of a run
# without it are the ones to compare.
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), psql, curl,
# and Debian's wrk and nginx packages (apt-get install wrk nginx). Leaves nothing behind.
set -euo pipefail

POSTS=1000
DURATION=15
PAGE_MEMORY=32MB
PROFILE=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --large) POSTS=10000 ;;
    --rendering) PAGE_MEMORY=0 ;;
    --profile) PROFILE=true ;;
    --duration) DURATION=$2; shift ;;
    *) echo "usage: $0 [--large] [--rendering] [--profile] [--duration SECONDS]" >&2; exit 2 ;;
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
require_tools wrk nginx psql curl

jar=$(packaged_jar)
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

ADMIN_EMAIL=bench@example.org
ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
start_site "$work/site.jar" "$PORT" "$DB" "$work" 256m MMM_DEMO_CONTENT=true \
  MMM_RENDERED_PAGES_MEMORY="$PAGE_MEMORY" MMM_ADMIN_EMAIL="$ADMIN_EMAIL" MMM_ADMIN_PASSWORD="$ADMIN_PASSWORD"

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
-- One post in three is about parenthood, a subject of the demo content.
insert into news_post_tag (post_id, tag_id)
select p.id, t.id
  from news_post p join tag t on t.language = 'fr' and t.slug = 'parentalite'
 where p.slug like 'actualite-%' and substring(p.slug from 11)::int % 3 = 0;
analyze;
SQL

last=$(( (POSTS + 6 + 9) / 10 ))
post=/fr/actualites/actualite-$(( POSTS / 2 ))
episode=/fr/podcasts/une-mere-presque-parfaite/le-mythe-de-la-mere-parfaite
edited=$(psql -qtA -d "$DB" -c "select id from news_post where slug = 'actualite-$(( POSTS / 2 ))'")
declare -A pages=(
  [home]=/fr/
  [news-first]=/fr/actualites
  [news-last]="/fr/actualites?page=$last"
  [post]=$post
  [episode]=$episode
  [subject]=/fr/actualites/sujet/parentalite
  [sitemap]=/sitemap-fr-1.xml
  [feed]=/fr/actualites/feed.atom
  [search]="/fr/recherche?q=cong%C3%A9+pension"
  [admin-list]=/admin/news
  [admin-form]=/admin/news/$edited
)
order=(home news-first news-last post episode subject sitemap feed search admin-list admin-form)

# Signs in as the admin, as a browser would: the sign-in page's CSRF token, then the form.
cookies=$work/cookies
token=$(curl -s -c "$cookies" "http://localhost:$PORT/admin/login" \
  | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "email=$ADMIN_EMAIL" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "http://localhost:$PORT/admin/login"
session="Cookie: MMM_SESSION=$(awk '$6 == "MMM_SESSION" {print $7}' "$cookies")"
headers_for() { [[ $1 == admin-* ]] && echo "$session" || echo "Accept: */*"; }

for name in "${order[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$(headers_for "$name")" "http://localhost:$PORT${pages[$name]}")
  [[ $status == 200 ]] || { echo "${pages[$name]} answers $status" >&2; exit 1; }
done

# nginx serves the same post, as the site renders it, as a static file.
mkdir -p "$work/static"
curl -s "http://localhost:$PORT$post" -o "$work/static/post.html"
write_nginx_conf "$work" "  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/static; }"
nginx -c "$work/nginx.conf"

# Warm-up: every page, twice, long enough for the JIT to have compiled what they run.
for round in 1 2; do
  for name in "${order[@]}"; do
    wrk -t2 -c$CONNECTIONS -d5s -H "$(headers_for "$name")" "http://localhost:$PORT${pages[$name]}" > /dev/null
  done
done

# Each request with a parameter no page reads, different every time, as a crawler or an
# attacker trying to get past the kept pages would send.
cat > "$work/random-parameter.lua" <<'LUA'
request = function()
  return wrk.format("GET", "/fr/?utm_source=" .. math.random(1, 1000000000))
end
LUA

# Processor time of a process so far, user and system, in clock ticks.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))

measure() { # url header [wrk script] [pid] -> "rps p50 p99 errors non2xx cpu-ms-per-request"
  local out rps p50 p99 errors non2xx requests before after cpu
  before=$(ticks "${4:-$app}")
  out=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -H "$2" ${3:+-s "$3"} "$1")
  after=$(ticks "${4:-$app}")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v t=$(( (after - before) * TICK_MS )) -v n="$requests" 'BEGIN { printf "%.2f", (n > 0) ? t / n : 0 }')
  echo "$rps ${p50:-?} ${p99:-?} ${errors:-0} ${non2xx:-0} $cpu"
}
profiles=target/bench-profiles
if $PROFILE; then
  rm -rf "$profiles"
  mkdir -p "$profiles" target/bench-tools
  ./mvnw -q -B dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory=target/bench-tools
  unzip -o -q -j target/bench-tools/async-profiler-4.1.jar 'linux-x64/libasyncProfiler.so' -d target/bench-tools
  profiler=$PWD/target/bench-tools/libasyncProfiler.so
fi

echo
echo "Site on PostgreSQL, $POSTS generated posts plus the demo content, heap 256 MB, rendered pages kept: $PAGE_MEMORY, wrk at $CONNECTIONS connections for ${DURATION} s each"
row='%-12s %-44s %10s %9s %9s %7s %8s %13s\n'
printf "$row" page address req/s p50 p99 errors non-2xx cpu-ms/req
for name in "${order[@]}"; do
  # jcmd reads name=value as its own options unless they are quoted.
  $PROFILE && jcmd "$app" JVMTI.agent_load "$profiler" '"start,event=itimer,interval=1ms"' > /dev/null
  read -r rps p50 p99 errors non2xx cpu < <(measure "http://localhost:$PORT${pages[$name]}" "$(headers_for "$name")")
  $PROFILE && jcmd "$app" JVMTI.agent_load "$profiler" "\"stop,collapsed,file=$PWD/$profiles/$name.collapsed\"" \
    > /dev/null
  printf "$row" "$name" "${pages[$name]}" "$rps" "$p50" "$p99" "$errors" "$non2xx" "$cpu"
  [[ $name == post ]] && site_post=$rps
  [[ $name == home ]] && site_home=$rps
done
read -r rps p50 p99 errors non2xx cpu < <(measure "http://localhost:$PORT/fr/" "Accept: */*" \
  "$work/random-parameter.lua")
printf "$row" home-random "/fr/?utm_source=<random>" "$rps" "$p50" "$p99" "$errors" "$non2xx" "$cpu"
awk -v random="$rps" -v plain="$site_home" \
  'BEGIN { printf "the home page with a random parameter: %.0f%% of the plain home page'"'"'s throughput\n", 100 * random / plain }'

read -r rps p50 p99 errors non2xx cpu < <(measure "http://127.0.0.1:$NGINX_PORT/post.html" "Accept: */*" "" \
  "$(pgrep -P "$(cat "$work/nginx.pid")" | head -1)")
printf "$row" "nginx" "the same post as a static file" "$rps" "$p50" "$p99" "$errors" "$non2xx" "$cpu"
echo
# Rendering every time, the site is not meant to keep up with a static file.
[[ $PAGE_MEMORY != 0 ]] && awk -v site="$site_post" -v nginx="$rps" \
  'BEGIN { printf "The site serves the post at %.2f of nginx'"'"'s throughput (target: 0.70 or better)\n", site / nginx }'
echo "Heap: 256 MB; garbage collection over the whole run (jstat):"
jstat -gcutil "$app" | awk 'NR == 1 {print "  " $0} NR == 2 {print "  " $0}'
if $PROFILE; then
  echo
  echo "Where the site's processor time went, by page (async-profiler, processor time of every thread):"
  for name in "${order[@]}"; do
    java bench/ProfileBreakdown.java "$profiles/$name.collapsed" "$name"
  done
fi
