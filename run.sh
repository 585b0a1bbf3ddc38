#!/usr/bin/env bash
# Runs the whole system on this machine: a local PostgreSQL (kept in .data/, so data survives restarts),
# the Orleans silos (collecting the dashboard's data), and the web front end (serving the dashboard), all on 127.0.0.1. Ctrl-C stops everything.
#   ./run.sh        one silo
#   ./run.sh 3      a cluster of three silos sharing the PostgreSQL membership table; silo i (1…N) uses silo port
#                   11110+i, gateway port 29999+i and dashboard port 5080+i; the web front end finds every gateway
#                   in the membership table.
# ANTITRAFFICKING_DB="<Npgsql connection string>" uses an existing PostgreSQL server instead.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
. scripts/postgres.sh

silos=${1:-1}
if ! [[ "$silos" =~ ^[1-9][0-9]?$ ]]; then
    echo "Số silo phải là số nguyên từ 1 đến 99 / The number of silos must be a whole number from 1 to 99: ./run.sh 3" >&2
    exit 2
fi

pg_port=${PG_PORT:-55432}
web_url=${WEB_URL:-http://127.0.0.1:5080}
dashboard_base=${DASHBOARD_PORT:-5081}
pids=()
pg_started=""

stop_all() {
    trap - INT TERM EXIT
    echo
    echo "Đang dừng… / Stopping…"
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$pg_started" ]; then $as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null || true; fi
    echo "Đã dừng. / Stopped."
    exit 0
}

wait_for_port() { # port, what, deadline seconds
    local deadline=$((SECONDS + $3))
    until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then echo "$2 did not start within $3 s; see .data/logs/" >&2; exit 1; fi
        sleep 0.5
    done
}

mkdir -p .data/logs
if [ -n "${ANTITRAFFICKING_DB:-}" ]; then
    connection="$ANTITRAFFICKING_DB"
else
    pg_bin=$(find_pg_bin) || { pg_missing_message; exit 1; }
    pg_data="$root/.data/pg"
    pg_socket="$root/.data/pg-socket"
    as_pg=""
    mkdir -p "$pg_data" "$pg_socket"
    if [ "$(id -u)" = 0 ]; then
        # initdb and pg_ctl refuse to run as root: the server runs as the postgres user, which owns its folders.
        chown postgres: "$pg_data" "$pg_socket"
        as_pg="runuser -u postgres --"
        if ! $as_pg test -w "$pg_data"; then
            echo "The postgres user cannot reach $pg_data (a parent folder is private); clone the repository elsewhere or set ANTITRAFFICKING_DB." >&2
            exit 1
        fi
    fi
    if [ ! -f "$pg_data/PG_VERSION" ]; then
        echo "Tạo cơ sở dữ liệu lần đầu trong .data/pg … / Creating the database in .data/pg …"
        $as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --no-locale >.data/logs/initdb.log
    fi
    trap stop_all INT TERM EXIT
    $as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c max_connections=200 -p $pg_port -k $pg_socket" start >/dev/null
    pg_started=1
    connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=antitrafficking"
fi
trap stop_all INT TERM EXIT

echo "Biên dịch… / Building…"
for project in src/Silo src/WebFrontend; do
    dotnet build "$project" -c Release -v quiet -nologo >.data/logs/build.log || { cat .data/logs/build.log; exit 1; }
done

# Victims' personal data is encrypted with a key kept outside the database: created once, kept in .data/.
key_file="${VICTIMS_KEY_FILE:-$root/.data/victim-keys.json}"
if [ ! -f "$key_file" ]; then
    (umask 077; month=$(date +%Y-%m)
     printf '{"activeKeyId":"%s","keys":{"%s":"%s"}}\n' "$month" "$month" "$(head -c 32 /dev/urandom | base64 -w0)" >"$key_file")
    echo "Tạo khóa mã hóa dữ liệu nạn nhân / Created the victims' data key: $key_file (back it up; never in the database)"
fi

# The first administrator ("admin") gets a random password, created once and kept in .data/ (the web front end
# creates the account only while no administrator exists).
admin_file="$root/.data/admin-password"
if [ ! -f "$admin_file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 -w0 | tr '+/' '-_' >"$admin_file")
fi

# Each silo applies the schema (deploy/sql, under an advisory lock) before it joins the cluster.
dashboards=""
for i in $(seq 1 "$silos"); do
    dashboard_url="http://127.0.0.1:$((dashboard_base + i - 1))"
    log=.data/logs/silo.log
    if [ "$silos" -gt 1 ]; then log=.data/logs/silo-$i.log; fi
    ConnectionStrings__Postgres="$connection" Urls="$dashboard_url" Data__Root="$root/data" Victims__KeyFile="$key_file" \
    Orleans__SiloPort=$((11110 + i)) Orleans__GatewayPort=$((29999 + i)) \
        dotnet src/Silo/bin/Release/net10.0/AntiTrafficking.Silo.dll >"$log" 2>&1 &
    pids+=($!)
    dashboards+="  Silo $i:                           $dashboard_url/health/ready, /metrics"$'\n'
done
for i in $(seq 1 "$silos"); do wait_for_port $((29999 + i)) "Silo $i" 120; done

ConnectionStrings__Postgres="$connection" Urls="$web_url" \
    Authentication__Bootstrap__UserName=admin Authentication__Bootstrap__Password="$(cat "$admin_file")" \
    dotnet src/WebFrontend/bin/Release/net10.0/AntiTrafficking.WebFrontend.dll >.data/logs/web.log 2>&1 &
pids+=($!)
wait_for_port "${web_url##*:}" "The web front end" 120

cat <<MSG

  Trang web / Web:                  $web_url
  Tài liệu API / API document:      $web_url/openapi/v1.json
  Orleans dashboard (quản trị viên / administrators): $web_url/dashboard
  Quản trị viên đầu tiên / First administrator: admin, mật khẩu / password in $admin_file
${dashboards}  Nhật ký / Logs:                   .data/logs/

Nhấn Ctrl-C để dừng. / Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}" || true
echo "Một tiến trình đã dừng; xem .data/logs/ / A process exited; see .data/logs/" >&2
