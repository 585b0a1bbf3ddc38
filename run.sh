#!/usr/bin/env bash
# Runs the whole system on this machine: a local PostgreSQL (kept in .data/, so data survives restarts),
# the Orleans silos, and the web front end (serving the pages, the API and the dashboard), all on 127.0.0.1.
# A silo or the web front end that dies is started again (with a growing pause, logged). Ctrl-C stops everything.
#   ./run.sh        one silo
#   ./run.sh 3      a cluster of three silos sharing the PostgreSQL membership table
# Every port moves with a variable (silo i of N uses the base port + i - 1):
#   WEB_PORT (5080; or WEB_URL=http://127.0.0.1:5080), WEB_METRICS_PORT (5090: the web front end's /metrics, never on
#   its public port), PG_PORT (55432), SILO_HTTP_PORT (5081: health, metrics), SILO_PORT (11111), GATEWAY_PORT (30000).
# STATE_DIR (.data) is where the database, the keys, the first administrator's password and the logs are kept.
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

state=$(mkdir -p "${STATE_DIR:-$root/.data}" && cd "${STATE_DIR:-$root/.data}" && pwd)
logs="$state/logs"
pg_port=${PG_PORT:-55432}
web_url=${WEB_URL:-http://127.0.0.1:${WEB_PORT:-5080}}
web_port=${web_url##*:}
web_port=${web_port%%/*}
web_metrics_port=${WEB_METRICS_PORT:-5090}
silo_http_base=${SILO_HTTP_PORT:-5081}
silo_base=${SILO_PORT:-11111}
gateway_base=${GATEWAY_PORT:-30000}
supervisors=()
pg_started=""

say() { echo "$(date '+%Y-%m-%d %H:%M:%S') $*" | tee -a "$logs/run.log" >&2; }

stop_all() { # exit code: 0 when asked to stop (Ctrl-C, TERM), else the failing command's
    local code=$1
    trap - INT TERM EXIT
    echo
    echo "Đang dừng… / Stopping…"
    for pid in "${supervisors[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${supervisors[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$pg_started" ]; then $as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null || true; fi
    echo "Đã dừng. / Stopped."
    exit "$code"
}
on_stop() { trap 'stop_all 0' INT TERM; trap 'stop_all $?' EXIT; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Every port is checked before anything starts, so that a taken one is named with the variable that moves it.
require_free_port() { # port, what, variable
    if ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ] || [ "$1" -gt 65535 ]; then
        echo "Cổng không hợp lệ / Not a port number: $3=$1" >&2
        exit 2
    fi
    if port_in_use "$1"; then
        echo "Cổng $1 ($2) đang được một chương trình khác dùng; chọn cổng khác: $3=<cổng> ./run.sh" >&2
        echo "Port $1 ($2) is taken by another program; move it with $3=<port> ./run.sh" >&2
        exit 1
    fi
}

wait_for_port() { # port, what, deadline seconds, log
    local deadline=$((SECONDS + $3))
    until port_in_use "$1"; do
        if [ $SECONDS -ge $deadline ]; then
            echo "$2 did not start within $3 s; the end of $4:" >&2
            tail -n 20 "$4" >&2 || true
            exit 1
        fi
        sleep 0.5
    done
}

# Runs a command, and runs it again whenever it exits, after 1, 2, 4 … 30 s (back to 1 s once it has run a minute).
supervise() { # name, log, command…
    local name=$1 log=$2 child="" delay=1 started code
    shift 2
    # On stop: TERM, and KILL if it has not ended within 30 s (a silo whose database is gone cannot leave the cluster cleanly).
    trap '[ -n "$child" ] && { kill -TERM "$child" 2>/dev/null; for _ in $(seq 30); do kill -0 "$child" 2>/dev/null || break; sleep 1; done; kill -KILL "$child" 2>/dev/null; wait "$child" 2>/dev/null; }; exit 0' TERM INT
    while :; do
        started=$SECONDS
        "$@" >>"$log" 2>&1 &
        child=$!
        code=0
        wait "$child" || code=$?
        if [ $((SECONDS - started)) -ge 60 ]; then delay=1; fi
        say "$name đã dừng (mã $code); khởi động lại sau $delay s / $name exited (code $code); restarting in $delay s (log: $log)"
        sleep "$delay" & wait $! || true
        delay=$((delay * 2 > 30 ? 30 : delay * 2))
    done
}

mkdir -p "$logs"
for i in $(seq 1 "$silos"); do
    require_free_port $((silo_base + i - 1)) "silo $i" SILO_PORT
    require_free_port $((gateway_base + i - 1)) "gateway of silo $i" GATEWAY_PORT
    require_free_port $((silo_http_base + i - 1)) "health and metrics of silo $i" SILO_HTTP_PORT
done
require_free_port "$web_port" "web front end" WEB_PORT
require_free_port "$web_metrics_port" "metrics of the web front end" WEB_METRICS_PORT

if [ -n "${ANTITRAFFICKING_DB:-}" ]; then
    connection="$ANTITRAFFICKING_DB"
else
    pg_bin=$(find_pg_bin) || { pg_missing_message; exit 1; }
    pg_data="$state/pg"
    pg_socket="$state/pg-socket"
    as_pg=""
    mkdir -p "$pg_data" "$pg_socket"
    if [ "$(id -u)" = 0 ]; then
        # initdb and pg_ctl refuse to run as root: the server runs as the postgres user, which owns its folders.
        chown postgres: "$pg_data" "$pg_socket"
        as_pg="runuser -u postgres --"
        if ! $as_pg test -w "$pg_data"; then
            echo "The postgres user cannot reach $pg_data (a parent folder is private); clone the repository elsewhere, set STATE_DIR or ANTITRAFFICKING_DB." >&2
            exit 1
        fi
    fi
    if [ ! -f "$pg_data/PG_VERSION" ]; then
        echo "Tạo cơ sở dữ liệu lần đầu trong $pg_data … / Creating the database in $pg_data …"
        $as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$logs/initdb.log"
    fi
    # A server left running by an earlier run that was killed is stopped first, so that it is this run's.
    if $as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
        echo "PostgreSQL của lần chạy trước vẫn chạy; dừng nó. / PostgreSQL of an earlier run is still running; stopping it."
        $as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null
    fi
    require_free_port "$pg_port" "PostgreSQL" PG_PORT
    on_stop
    if ! $as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c max_connections=200 -p $pg_port -k $pg_socket" start >/dev/null; then
        echo "PostgreSQL không khởi động được / PostgreSQL did not start (port $pg_port, PG_PORT); the end of $pg_data/server.log:" >&2
        tail -n 20 "$pg_data/server.log" >&2 || true
        exit 1
    fi
    pg_started=1
    connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=antitrafficking"
fi
on_stop

echo "Biên dịch… / Building…"
for project in src/Silo src/WebFrontend; do
    dotnet build "$project" -c Release -v quiet -nologo >"$logs/build.log" || { cat "$logs/build.log"; exit 1; }
done

# Victims' personal data is encrypted with a key kept outside the database: created once, kept in the state folder.
key_file="${VICTIMS_KEY_FILE:-$state/victim-keys.json}"
if [ ! -f "$key_file" ]; then
    (umask 077; month=$(date +%Y-%m)
     printf '{"activeKeyId":"%s","keys":{"%s":"%s"}}\n' "$month" "$month" "$(head -c 32 /dev/urandom | base64 -w0)" >"$key_file")
    echo "Tạo khóa mã hóa dữ liệu nạn nhân / Created the victims' data key: $key_file (back it up; never in the database)"
fi

# The first administrator ("admin") gets a random password, created once and kept in the state folder (the web
# front end creates the account only while no administrator exists).
admin_file="$state/admin-password"
if [ ! -f "$admin_file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 -w0 | tr '+/' '-_' >"$admin_file")
fi

# Each silo applies the schema (deploy/sql, under an advisory lock) before it joins the cluster.
silo_urls=""
for i in $(seq 1 "$silos"); do
    silo_url="http://127.0.0.1:$((silo_http_base + i - 1))"
    log="$logs/silo.log"
    if [ "$silos" -gt 1 ]; then log="$logs/silo-$i.log"; fi
    : >"$log"
    supervise "Silo $i" "$log" env ConnectionStrings__Postgres="$connection" Urls="$silo_url" Data__Root="$root/data" \
        Victims__KeyFile="$key_file" Orleans__SiloPort=$((silo_base + i - 1)) Orleans__GatewayPort=$((gateway_base + i - 1)) \
        dotnet src/Silo/bin/Release/net10.0/AntiTrafficking.Silo.dll &
    supervisors+=($!)
    silo_urls+="  Silo $i:                           $silo_url/health/ready, /metrics"$'\n'
done
for i in $(seq 1 "$silos"); do
    log="$logs/silo.log"
    if [ "$silos" -gt 1 ]; then log="$logs/silo-$i.log"; fi
    wait_for_port $((gateway_base + i - 1)) "Silo $i" 120 "$log"
done

: >"$logs/web.log"
supervise "Web" "$logs/web.log" env ConnectionStrings__Postgres="$connection" Urls="$web_url" DataProtection__KeysFolder="$state/web-keys" \
    Observability__MetricsUrl="http://127.0.0.1:$web_metrics_port" \
    Authentication__Bootstrap__UserName=admin Authentication__Bootstrap__Password="$(cat "$admin_file")" \
    dotnet src/WebFrontend/bin/Release/net10.0/AntiTrafficking.WebFrontend.dll &
supervisors+=($!)
wait_for_port "$web_port" "The web front end" 120 "$logs/web.log"

cat <<MSG

  Trang web / Web:                  $web_url
  Tài liệu API / API document:      $web_url/openapi/v1.json
  Orleans dashboard (quản trị viên / administrators): $web_url/dashboard
  Số đo của web / Web metrics:      http://127.0.0.1:$web_metrics_port/metrics
  Quản trị viên đầu tiên / First administrator: admin, mật khẩu / password in $admin_file
${silo_urls}  Nhật ký / Logs:                   $logs/

Nhấn Ctrl-C để dừng. / Press Ctrl-C to stop.
MSG
# The supervisors run until Ctrl-C (or a TERM) stops them all.
wait
