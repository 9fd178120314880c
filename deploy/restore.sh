#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an empty database and an empty media
# directory, for a new site or after a loss. Stop the site first (or point it elsewhere);
# start it once the restore is done: Flyway finds the schema at its version.
#
#   deploy/restore.sh BACKUP_FOLDER
#
# The database is the one the libpq variables name (PGHOST, PGPORT, PGUSER, PGPASSWORD,
# PGDATABASE; default "mmm"): it must exist and be empty (createdb --owner … first). The
# media go to MMM_MEDIA_DIRECTORY (default ./data/media), which must be empty or missing.
set -euo pipefail
[[ $# -eq 1 && -f $1/database.dump ]] || { echo "usage: $0 BACKUP_FOLDER (holding database.dump)" >&2; exit 2; }
export PGDATABASE=${PGDATABASE:-mmm}
media=${MMM_MEDIA_DIRECTORY:-./data/media}
source=$1

( cd "$source" && sha256sum --check --quiet SHA256SUMS ) || { echo "the backup is damaged: its checksums differ" >&2; exit 1; }
tables=$(psql -At -c "select count(*) from information_schema.tables where table_schema = 'public'")
[[ $tables == 0 ]] || { echo "database $PGDATABASE is not empty ($tables tables): restore into an empty one" >&2; exit 1; }
if [[ -d $media && -n $(ls -A "$media") ]]; then
  echo "the media directory $media is not empty" >&2
  exit 1
fi

pg_restore --no-owner --exit-on-error --single-transaction --dbname="$PGDATABASE" "$source/database.dump"
mkdir -p "$media"
if [[ -f $source/media.tar.gz ]]; then
  tar --extract --gzip --file="$source/media.tar.gz" --directory="$media"
fi
echo "restored $source into database $PGDATABASE and $media"
