#!/usr/bin/env bash
# Restores a dump made by ops/backup.sh into a NEW database on the service's server (see ops/pg-connection.sh for
# the variables), then prints the rows of every table. It never overwrites a database that exists.
#
#   ops/restore.sh backups/workout-20260101T030000Z.dump workout_restored
#
# Then point the service at it (SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/workout_restored) with the same
# data encryption key(s) it had: the plan texts are encrypted under them.
set -euo pipefail
. "$(dirname "$0")/pg-connection.sh"

[ $# -eq 2 ] || die "usage: ops/restore.sh <dump file> <new database name>"
dump="$1"
target="$2"
[ -f "$dump" ] || die "no dump file $dump"
[[ "$target" =~ ^[a-z_][a-z0-9_]*$ ]] || die "the database name must be lowercase letters, digits and _"

exists="$(pg psql -X -At -d "$PGDATABASE" -c "select 1 from pg_database where datname = '$target'")"
[ -z "$exists" ] || die "database $target exists already: restore into a new one"
pg createdb "$target"
pg pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target" "$dump"
echo "Restored $dump into $target on $PGHOST:$PGPORT. Rows per table:"
row_counts "$target"
