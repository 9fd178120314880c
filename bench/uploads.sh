#!/usr/bin/env bash
# Upload benchmark: starts the packaged site on a PostgreSQL database of its own on a
# 256 MB heap, signs in nine times, and sends at once six image bombs (PNG files of about
# 175 KB that claim 5,999 x 10,001 pixels, 180 MB once decoded) and three PDF bombs (about
# 200 KB, whose object stream inflates to 199 MB). Prints, for each upload, the answer
# (kept, or refused with the site's message) and its time; then the most heap the site
# used, its peak resident memory, and whether it ran out of memory.
#
#   bench/uploads.sh
#
# BENCH_JAR=path/to/site.jar measures another build (an earlier commit, for comparison).
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), psql, curl,
# python3, and the JDK's jstat. Leaves nothing behind.
set -euo pipefail

PORT=${BENCH_PORT:-8095}
DB=mmm_bench_uploads_$$
EMAIL=bench@example.org
PASSWORD='un mot de passe pour mesurer'
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cd "$(dirname "$0")/.."
. bench/site.sh
for tool in psql curl python3 jstat; do
  command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done

jar=${BENCH_JAR:-target/mmm-belgium-site.jar}
[[ -f $jar ]] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
cp "$jar" "$work/site.jar"
psql -q -d postgres -c "create database $DB"
cleanup() {
  [[ -n ${sampler:-} ]] && kill "$sampler" 2>/dev/null || true
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

# The files: each differs from the others by a byte, so that none is taken for another.
mkdir "$work/files"
python3 - "$work/files" <<'PY'
import struct, sys, zlib
out = sys.argv[1]

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

width, height = 5999, 10001
for n in range(6):
    z = zlib.compressobj(9)
    rows = [z.compress(bytes([0, n]) + bytes(3 * width - 1))]
    row = bytes(1 + 3 * width)
    rows += [z.compress(row) for _ in range(height - 1)]
    rows.append(z.flush())
    png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
           + chunk(b'IDAT', b''.join(rows)) + chunk(b'IEND', b''))
    open(f'{out}/bomb-{n}.png', 'wb').write(png)

for n in range(3):
    z = zlib.compressobj(9)
    packed = z.compress(b'5 0 << /Type /Action /S /URI /URI (https://example.org/%d) >> ' % n)
    zeros = bytes(1 << 20)
    packed += b''.join(z.compress(zeros) for _ in range(199)) + z.flush()
    parts, offsets = [b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'], []
    def add(text):
        offsets.append(sum(map(len, parts)))
        parts.append(text)
    add(b'1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>\nendobj\n')
    add(b'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n')
    add(b'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n')
    add(b'4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n' % len(packed)
        + packed + b'\nendstream\nendobj\n')
    xref = sum(map(len, parts))
    entries = struct.pack('>BIH', 0, 0, 65535) + b''.join(struct.pack('>BIH', 1, o, 0) for o in offsets)
    entries += struct.pack('>BIH', 2, 4, 0) + struct.pack('>BIH', 1, xref, 0)
    parts.append(b'6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n' % len(entries)
                 + entries + b'\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n' % xref)
    open(f'{out}/bomb-{n}.pdf', 'wb').write(b''.join(parts))
PY

start_site "$work/site.jar" "$PORT" "$DB" "$work" 256m MMM_ADMIN_EMAIL="$EMAIL" MMM_ADMIN_PASSWORD="$PASSWORD"
base="http://localhost:$PORT"

# The heap the site uses, sampled every 100 ms (survivor, eden and old spaces, in kB).
jstat -gc "$app" 100 > "$work/heap" 2>/dev/null &
sampler=$!

# One signed-in session for each upload, so that each finds its own answer on its way back.
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
sign_in() {
  local jar=$1
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/admin/login" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$base/admin/login"
  curl -s -c "$jar" -b "$jar" "$base/admin/media" | token > "$jar.csrf"
}
files=("$work"/files/*)
for file in "${files[@]}"; do sign_in "$work/$(basename "$file").cookies"; done

upload() {
  local file=$1 jar=$work/$(basename "$1").cookies
  local started answer location message
  started=$(date +%s.%N)
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" \
    -F "_csrf=$(cat "$jar.csrf")" -F "file=@$file" "$base/admin/media")
  local seconds
  seconds=$(awk "BEGIN { print $(date +%s.%N) - $started }")
  location=${answer#* }
  if [[ $location =~ /admin/media/[0-9]+$ ]]; then
    message="kept"
  elif [[ -n $location ]]; then
    message="refused: $(curl -s -b "$jar" "$location" | python3 -c '
import html, re, sys
page = sys.stdin.read()
found = re.search(r"class=\"alert error\".*?<li>(.*?)</li>", page, re.S)
print(html.unescape(" ".join(found.group(1).split())) if found else "(no message)")')"
  else
    message="no answer"
  fi
  printf '%-14s %s %6.1f s  %s\n' "$(basename "$file")" "${answer%% *}" "$seconds" "$message"
}

echo "Nine uploads at once to a site on a 256 MB heap:"
started=$(date +%s.%N)
uploads=()
for file in "${files[@]}"; do
  upload "$file" > "$file.answer" &
  uploads+=($!)
done
wait "${uploads[@]}"
for file in "${files[@]}"; do cat "$file.answer"; done
printf 'all answered in %.1f s\n' "$(awk "BEGIN { print $(date +%s.%N) - $started }")"
kill "$sampler" 2>/dev/null || true
sampler=

awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > most) most = used }
     END { printf "most heap used: %.0f MB of 256 MB\n", most / 1024 }' "$work/heap"
printf 'peak resident memory: %s MB\n' "$(( $(awk '/VmHWM/ { print $2 }' "/proc/$app/status") / 1024 ))"
if grep -q OutOfMemoryError "$work/site.log"; then
  echo "OutOfMemoryError: yes"
else
  echo "OutOfMemoryError: none"
fi
