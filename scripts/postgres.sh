# Shared by run.sh and .ci/run: find PostgreSQL's server binaries, or say how to install them.
# Sourced, not executed.

find_pg_bin() {
    if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return 0; fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    return 1
}

pg_missing_message() {
    cat >&2 <<'MSG'
Không tìm thấy PostgreSQL (initdb, pg_ctl). Cài đặt:   sudo apt-get install postgresql
PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them: sudo apt-get install postgresql
Or point to an existing server:  ANTITRAFFICKING_DB="Host=...;Port=5432;Username=...;Password=...;Database=antitrafficking" ./run.sh
MSG
}
