#!/usr/bin/env bash
# Backs up the service's PostgreSQL database with pg_dump in custom format (compressed, restorable table by table
# with ops/restore.sh), using the service's own database variables (see ops/pg-connection.sh).
#
#   ops/backup.sh                    -> backups/workout-<UTC time>.dump (mode 0600)
#   BACKUP_DIR=/mnt/backups ops/backup.sh
#
# Plan texts in the dump are encrypted (docs/privacy.md): keep the data encryption key (DATA_ENCRYPTION_KEY, its
# file, or data/data-encryption.key when generated) backed up too, but NOT beside the dumps. Without it a restore
# has every structured field and no plan text.
set -euo pipefail
. "$(dirname "$0")/pg-connection.sh"

dir="${BACKUP_DIR:-backups}"
mkdir -p "$dir"
file="$dir/workout-$(date -u +%Y%m%dT%H%M%SZ).dump"
umask 077
pg pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" \
  || { rm -f "$file.partial"; die "pg_dump of $PGDATABASE on $PGHOST:$PGPORT failed"; }
mv "$file.partial" "$file"
echo "Backed up $PGDATABASE on $PGHOST:$PGPORT to $file ($(wc -c < "$file") bytes)"
