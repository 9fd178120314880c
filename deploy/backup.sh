#!/usr/bin/env bash
# Backs up the site: its database (pg_dump, custom format: content, revisions, accounts,
# redirects, settings, sessions) and its media files, into a folder named by the date.
#
#   deploy/backup.sh BACKUP_DIR
#
# The database is the one the libpq variables name (PGHOST, PGPORT, PGUSER, PGPASSWORD,
# PGDATABASE; default the local server's "mmm"). The media are those of MMM_MEDIA_DIRECTORY
# (default ./data/media) with the file-system storage; with S3 storage, back the bucket up
# with the storage's own tools (versioning, replication, or `aws s3 sync` / `mc mirror` to
# another place), or set MMM_MEDIA_DIRECTORY to a copy of it.
#
# The dump is taken in one transaction, so it is consistent while the site keeps running;
# a file uploaded during the backup may be in the media without being in the dump, never
# the other way round (the media are copied after the dump), which restores cleanly.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 BACKUP_DIR" >&2; exit 2; }
export PGDATABASE=${PGDATABASE:-mmm}
media=${MMM_MEDIA_DIRECTORY:-./data/media}
target="$1/mmm-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"

pg_dump --format=custom --no-owner --file="$target/database.dump"
if [[ -d $media ]]; then
  tar --create --gzip --file="$target/media.tar.gz" --directory="$media" .
fi
( cd "$target" && sha256sum ./* > SHA256SUMS )
echo "$target"
