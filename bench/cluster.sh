#!/usr/bin/env bash
# Several instances benchmark: two instances of the packaged site on one PostgreSQL
# database, their media in one bucket of a real S3 server (s3proxy over a directory), behind
# nginx sharing requests round robin without stickiness, as README "Running several
# instances" describes. It prints:
#
#   1. a volunteer's journey through the balancer (sign in, upload a photo, write and save a
#      post with it, publish it, find it on the site), each request's instance, and whether
#      any answer sent them back to the sign-in page or lost what they wrote;
#   2. how long a post published through one instance takes to show through the other;
#   3. wrk on the public pages through nginx while one instance is stopped (gracefully) and
#      started again: the errors during that run, then a run once both are back, and
#      whether the volunteer's session still works on the restarted instance. nginx notices
#      the stopped instance by itself (a request it cannot send there goes to the other);
#      the started one is put back once its readiness probe says so, as a balancer that
#      checks readiness does;
#   4. throughput through nginx with two instances and with one. This machine has 2 cores:
#      two instances share them, so the figure shows what a second instance costs, not the
#      gain a second machine would bring.
#
#   bench/cluster.sh [--duration SECONDS]
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), psql, curl,
# and Debian's wrk and nginx packages. The S3 server's jar is the one the tests use
# (target/s3proxy, put there by ./mvnw generate-test-resources). Leaves nothing behind.
set -euo pipefail

DURATION=20
while [[ $# -gt 0 ]]; do
  case $1 in
    --duration) DURATION=$2; shift ;;
    *) echo "usage: $0 [--duration SECONDS]" >&2; exit 2 ;;
  esac
  shift
done
PORT_A=8111 PORT_B=8112 MANAGEMENT_A=8121 MANAGEMENT_B=8122 BALANCER=8110 S3_PORT=8130
CONNECTIONS=32
DB=mmm_bench_cluster_$$
ADMIN_EMAIL=volunteer@example.org
ADMIN_PASSWORD=cluster-bench-password-2026
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh
require_tools wrk nginx psql curl

jar=$(packaged_jar)
[[ -f target/s3proxy/s3proxy.jar ]] || ./mvnw -q -B generate-test-resources >&2
work=$(mktemp -d)
chmod 755 "$work"
mkdir -p "$work/a" "$work/b" "$work/s3"
psql -q -d postgres -c "create database $DB"
pids=()
cleanup() {
  for pid in "${pids[@]}" ${app_b:-}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

# The S3 server, with the bucket as a directory.
cat > "$work/s3.properties" <<CONF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$work/s3
jclouds.identity=bench
jclouds.credential=bench-secret
CONF
java -Xmx128m -jar target/s3proxy/s3proxy.jar --properties "$work/s3.properties" > "$work/s3.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/" && break; sleep 1; done

shared=(MMM_MEDIA_STORAGE=s3 MMM_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" MMM_S3_BUCKET=mmm-media
  MMM_S3_ACCESS_KEY=bench MMM_S3_SECRET_KEY=bench-secret MMM_S3_PATH_STYLE=true MMM_S3_CREATE_BUCKET=true
  MMM_ADMIN_EMAIL=$ADMIN_EMAIL MMM_ADMIN_PASSWORD=$ADMIN_PASSWORD)
echo "Starting instance A (migrates the database and loads the demo content), then instance B…"
start_site "$jar" $PORT_A $DB "$work/a" 256m "${shared[@]}" MMM_MANAGEMENT_PORT=$MANAGEMENT_A MMM_DEMO_CONTENT=true
pids+=($app)
start_b() {
  start_site "$jar" $PORT_B $DB "$work/b" 256m "${shared[@]}" MMM_MANAGEMENT_PORT=$MANAGEMENT_B MMM_DEMO_CONTENT=false
  app_b=$app
}
start_b

# nginx: round robin, no stickiness; a request that cannot reach an instance is tried on
# the other, as any load balancer does. Each answer says which instance gave it.
balance() { # the instances' ports
  local servers=""
  for port in "$@"; do servers+="server 127.0.0.1:$port max_fails=1 fail_timeout=2s; "; done
  write_nginx_conf "$work" "  client_max_body_size 20m;
  upstream site { $servers keepalive 32; }
  server {
    listen 127.0.0.1:$BALANCER;
    location / {
      proxy_pass http://site;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header Host \$http_host;
      proxy_next_upstream error timeout;
      add_header X-Instance \$upstream_addr always;
    }
  }"
  if [[ -f $work/nginx.pid ]] && kill -0 "$(cat "$work/nginx.pid")" 2>/dev/null; then
    nginx -c "$work/nginx.conf" -s reload 2> /dev/null
    sleep 1
  else
    nginx -c "$work/nginx.conf"
  fi
}
balance $PORT_A $PORT_B
site="http://127.0.0.1:$BALANCER"
instance_of() { case $1 in *:$PORT_A) echo A ;; *:$PORT_B) echo B ;; *) echo "?" ;; esac; }

# ---------------------------------------------------------------------------------------
echo
echo "1. A volunteer's journey through the balancer (each line: the instance that answered)"
jar_cookies="$work/cookies"
signed_out=0
step() { # description, then curl arguments; prints the status and instance, sets $body and $location
  local description=$1
  shift
  local headers="$work/headers" out="$work/body"
  curl -s -D "$headers" -o "$out" -b "$jar_cookies" -c "$jar_cookies" "$@"
  body=$(tr -d '\0' < "$out")
  status=$(awk 'NR == 1 {print $2}' "$headers")
  location=$(awk 'tolower($1) == "location:" {print $2}' "$headers" | tr -d '\r')
  local by
  by=$(instance_of "$(awk 'tolower($1) == "x-instance:" {print $2}' "$headers" | tr -d '\r')")
  [[ $location == */admin/login* && $description != "sign in"* ]] && signed_out=$((signed_out + 1))
  printf "   %-44s %s  %s %s\n" "$description" "$by" "$status" "${location:+→ $location}"
}
token() { grep -o 'name="_csrf" value="[^"]*"' <<<"$body" | head -1 | sed 's/.*value="//; s/"$//'; }

step "sign-in page" "$site/admin/login"
step "sign in" --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
  --data-urlencode "_csrf=$(token)" "$site/admin/login"
step "media library" "$site/admin/media"
java bench/WxrExport.java "$work/photo" 1 > /dev/null
photo=$(find "$work/photo/uploads" -name '*.jpg' | head -1)
step "upload a photo" -F "_csrf=$(token)" -F "file=@$photo;type=image/jpeg" "$site/admin/media"
media_id=${location##*/}
step "its page" "$site/admin/media/$media_id"
step "new post form" "$site/admin/news/new"
title="Des mères en réseau $$"
step "save the post with the photo" --data-urlencode "_csrf=$(token)" --data-urlencode "language=FR" \
  --data-urlencode "title=$title" --data-urlencode "excerpt=Un résumé écrit pendant le test." \
  --data-urlencode "body=Un texte écrit à travers deux instances." --data-urlencode "coverId=$media_id" \
  --data-urlencode "coverAlt=Une photo de test" --data-urlencode "intent=SAVE" "$site/admin/news/new"
post_path=$location
step "the saved post's form" "$site$post_path"
field() { sed -n 's/.*id="'"$1"'"[^>]*value="\([^"]*\)".*/\1/p' <<<"$body" | head -1; }
version=$(field version)
saved_title=$(field title)
# A draft's address is chosen when it is published.
step "publish it" --data-urlencode "_csrf=$(token)" --data-urlencode "language=FR" \
  --data-urlencode "title=$title" --data-urlencode "slug=" \
  --data-urlencode "excerpt=Un résumé écrit pendant le test." \
  --data-urlencode "body=Un texte écrit à travers deux instances." --data-urlencode "coverId=$media_id" \
  --data-urlencode "coverAlt=Une photo de test" --data-urlencode "version=$version" \
  --data-urlencode "intent=PUBLISH" "$site$post_path"
step "the published post's form" "$site$post_path"
address=$(grep -o 'href="/fr/actualites/[^"]*"' <<<"$body" | head -1 | sed 's/href="//; s/"$//' || true)
step "the post on the site" "$site$address"
published=$(grep -c "$title" <<<"$body" || true)
picture=$(grep -o 'src="/media/[^"]*"' <<<"$body" | head -1 | sed 's/src="//; s/"$//' || true)
step "its photo" "$site$picture"
echo "   answers that sent the volunteer back to sign in: $signed_out"
echo "   the title kept when saved: $([[ $saved_title == "$title" ]] && echo yes || echo NO)," \
  "the post published with its photo: $([[ $published -gt 0 && -n $picture && $status == 200 ]] && echo yes || echo NO)"

# ---------------------------------------------------------------------------------------
echo
echo "2. A post published through instance A, shown through instance B (its news list)"
direct() { # curl arguments: like step, against one instance without the balancer
  body=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -D "$work/headers" "$@")
  location=$(awk 'tolower($1) == "location:" {print $2}' "$work/headers" | tr -d '\r')
}
for round in 1 2 3 4 5; do
  direct "http://127.0.0.1:$PORT_A/admin/news/new"
  fresh="Publiée par A, lue par B $round-$$"
  direct --data-urlencode "_csrf=$(token)" --data-urlencode "language=FR" \
    --data-urlencode "title=$fresh" --data-urlencode "body=Un texte." --data-urlencode "intent=PUBLISH" \
    "http://127.0.0.1:$PORT_A/admin/news/new"
  published_at=$(date +%s%N)
  while ! curl -s "http://127.0.0.1:$PORT_B/fr/actualites" | grep -q "$fresh"; do
    (( $(date +%s%N) - published_at > 10000000000 )) && { echo "   round $round: not shown after 10 s"; break; }
    sleep 0.02
  done
  echo "   round $round: shown by B after $(( ($(date +%s%N) - published_at) / 1000000 )) ms"
done

# ---------------------------------------------------------------------------------------
echo
echo "3. wrk on the public pages through nginx ($CONNECTIONS connections, ${DURATION} s) while B stops and starts again"
cat > "$work/pages.lua" <<'LUA'
local paths = { "/fr/", "/nl/", "/en/", "/fr/actualites", "/nl/nieuws", "/fr/podcasts", "/fr/mission-et-vision",
  "/fr/charte-de-la-mere", "/fr/actualites/une-mere-presque-parfaite-nouvelle-serie-de-podcasts" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
# A request slower than 10 s counts as an error (a visitor would have given up); a slower
# one below that shows in the latency.
run_wrk() { wrk -t2 -c$CONNECTIONS -d"$1"s --timeout 10s --latency -s "$work/pages.lua" "$site" ; }
summary() { # wrk output -> "rps errors non2xx p99"
  awk '/^Requests\/sec/ {rps = $2} /Socket errors/ {gsub(",", ""); errors = $4 + $6 + $8 + $10}
       /Non-2xx or 3xx/ {non2xx = $5} $1 == "99%" {p99 = $2}
       END {printf "%s %d %d %s\n", rps, errors, non2xx, p99}' <<<"$1"
}
# The kinds of socket errors, when there are any.
kinds() { grep "Socket errors" <<<"$1" | sed 's/^ */      (/; s/$/)/' || true; }
run_wrk 5 > /dev/null # warm-up
run_wrk $((DURATION * 2)) > "$work/during.txt" &
load=$!
sleep $((DURATION / 4))
echo "   $(date +%T) B is told to stop (SIGTERM: requests in flight finish first)"
kill -TERM "$app_b"
wait "$app_b" 2>/dev/null || true
echo "   $(date +%T) B has stopped; starting it again"
# As a balancer that checks readiness does (Caddy's health_uri in the compose example): B
# is out of the balancer while it starts, and back once its /readyz says it is ready.
balance $PORT_A
start_b
until curl -sf -o /dev/null "http://127.0.0.1:$PORT_B/readyz"; do sleep 0.2; done
balance $PORT_A $PORT_B
echo "   $(date +%T) B is ready (/readyz, after its warm-up) and back in the balancer"
wait $load
read -r rps errors non2xx p99 < <(summary "$(cat "$work/during.txt")")
echo "   during the stop and start: $rps req/s, p99 $p99, socket errors $errors, non-2xx $non2xx"
kinds "$(cat "$work/during.txt")"
out=$(run_wrk "$DURATION")
read -r rps errors non2xx p99 < <(summary "$out")
echo "   once both are back: $rps req/s, p99 $p99, socket errors $errors, non-2xx $non2xx"
kinds "$out"
direct "http://127.0.0.1:$PORT_B/admin"
echo "   the volunteer's session on the restarted instance B: $([[ -z $location ]] && echo "still signed in" || echo "SIGNED OUT → $location")"

# ---------------------------------------------------------------------------------------
echo
echo "4. Throughput through nginx, same pages, ${DURATION} s each, after a warm-up of the restarted B"
run_wrk "$DURATION" > /dev/null
read -r two errors non2xx p99 < <(summary "$(run_wrk "$DURATION")")
echo "   two instances: $two req/s, p99 $p99 (socket errors $errors, non-2xx $non2xx)"
kill -TERM "$app_b"
wait "$app_b" 2>/dev/null || true
app_b=
balance $PORT_A
read -r one errors non2xx p99 < <(summary "$(run_wrk "$DURATION")")
echo "   one instance (B stopped): $one req/s, p99 $p99 (socket errors $errors, non-2xx $non2xx)"
awk -v two="$two" -v one="$one" 'BEGIN { printf "   two instances give %.2f of one instance'"'"'s throughput: on 2 cores the second instance shares the processors of the first, so this is its cost on one machine, not the gain a second machine brings\n", two / one }'
