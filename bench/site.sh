# Shared by the benchmarks (sourced): the jar they measure, and the packaged site started
# on a database of its own.
#
#   jar=$(packaged_jar)
#
# BENCH_JAR measures another build, such as the one before a change; otherwise the jar
# `./mvnw package` leaves, packaged again when the sources are newer. Prints its full path.
packaged_jar() {
  local jar=${BENCH_JAR:-target/mmm-belgium-site.jar}
  if [[ -z ${BENCH_JAR:-} && ( ! -f $jar || -n $(find src pom.xml -newer "$jar" -print -quit) ) ]]; then
    ./mvnw -q -B -DskipTests package >&2
  fi
  realpath "$jar"
}

#
#   require_tools wrk nginx psql curl
#
# Stops the benchmark, saying which Debian package to install, when one of the tools is
# missing (nginx lives in /usr/sbin, outside most users' PATH).
require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
  done
}

#
#   write_nginx_conf WORKDIR 'http-block directives…'
#
# Writes WORKDIR/nginx.conf for an nginx of the benchmark's own (one worker, its pid, logs
# and temporary files in WORKDIR), whose http block holds the directives given.
write_nginx_conf() {
  local work=$1
  cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
$2
}
CONF
}

#
#   start_site JAR PORT DATABASE WORKDIR HEAP [NAME=VALUE ...]
#
# The extra NAME=VALUE settings are passed as environment variables. Sets $app to the
# site's process and returns once it answers, or fails after two minutes.
start_site() {
  local jar=$1 port=$2 database=$3 work=$4 heap=$5
  shift 5
  env "$@" SERVER_PORT="$port" MMM_BASE_URL="http://localhost:$port" MMM_MEDIA_DIRECTORY="$work/media" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    java -Xmx"$heap" -jar "$jar" > "$work/site.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$port/robots.txt" && return 0
    sleep 1
  done
  echo "the site did not start; see $work/site.log" >&2
  return 1
}
