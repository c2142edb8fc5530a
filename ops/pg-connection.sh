# Shared by backup.sh and restore.sh (sourced, not run): the service's database from its own variables, and the
# PostgreSQL client programs to use.
#
#   SPRING_DATASOURCE_URL or DATABASE_URL   jdbc:postgresql://host:port/database (as the service takes it)
#   SPRING_DATASOURCE_USERNAME / DATABASE_USERNAME, SPRING_DATASOURCE_PASSWORD / DATABASE_PASSWORD
#   With no URL (the embedded default): localhost, EMBEDDED_DB_PORT (set a fixed one to back it up), database postgres.
#   PG_BIN   folder of pg_dump/pg_restore/psql; default: the newest /usr/lib/postgresql/*/bin, else the PATH.
#            pg_dump refuses a server newer than itself: use a client of the server's major version or newer.

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

url="${SPRING_DATASOURCE_URL:-${DATABASE_URL:-}}"
export PGUSER="${SPRING_DATASOURCE_USERNAME:-${DATABASE_USERNAME:-${PGUSER:-postgres}}}"
password="${SPRING_DATASOURCE_PASSWORD:-${DATABASE_PASSWORD:-}}"
if [ -n "$password" ]; then export PGPASSWORD="$password"; fi
if [ -n "$url" ]; then
  case "$url" in jdbc:postgresql://*) ;; *) die "SPRING_DATASOURCE_URL must look like jdbc:postgresql://host:port/database" ;; esac
  rest="${url#jdbc:postgresql://}"
  rest="${rest%%\?*}"
  hostport="${rest%%/*}"
  PGDATABASE="${rest#*/}"
  PGHOST="${hostport%%:*}"
  PGPORT="${hostport##*:}"
  if [ "$PGPORT" = "$hostport" ]; then PGPORT=5432; fi
else
  PGHOST="${PGHOST:-localhost}"
  PGPORT="${PGPORT:-${EMBEDDED_DB_PORT:-}}"
  PGDATABASE="${PGDATABASE:-postgres}"
  if [ -z "$PGPORT" ] || [ "$PGPORT" = 0 ]; then
    die "no SPRING_DATASOURCE_URL and no fixed EMBEDDED_DB_PORT: start the service with EMBEDDED_DB_PORT=5433 (for example) to back up its embedded database"
  fi
fi
export PGHOST PGPORT PGDATABASE

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
fi
pg() { # pg <program> args…: the program from PG_BIN, else from the PATH
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/$1" ]; then "$PG_BIN/$@"; else "$@"; fi
}

# Rows in every table of the public schema, "table<TAB>rows", sorted (for comparing a restore with its source).
row_counts() { # row_counts <database>
  pg psql -X -At -F $'\t' -d "$1" -c "
    select table_name,
           (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name),
                                                false, true, '')))[1]::text::bigint
      from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE'
     order by 1"
}
