#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, started and stopped by ctest as the
# "postgres" fixture (FIXTURES_SETUP / FIXTURES_CLEANUP), so that `./dev test` and any
# `ctest -R` subset get one. Loopback only, a private port, trust authentication.
#   postgres-fixture.sh start STATE_DIR    writes STATE_DIR/url, STATE_DIR/pgpass (for
#                                          PGPASSFILE) and STATE_DIR/datadir
#   postgres-fixture.sh stop STATE_DIR
set -euo pipefail
action=$1
state=$2
mkdir -p "$state"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  echo "postgres-fixture: no PostgreSQL server binaries under /usr/lib/postgresql; run ./dev deps" >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
  [ -f "$state/datadir" ] || return 0
  local dir
  dir=$(cat "$state/datadir")
  if [ -d "$dir/data" ]; then
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$state/datadir" "$state/url" "$state/pgpass"
}

case "$action" in
  start)
    stop_server # a server left over from an interrupted run
    dir=$(mktemp -d /tmp/consentric-pg.XXXXXX)
    chmod 0755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    echo "$dir" > "$state/datadir"
    # TCP connections need a password (so the tests exercise PGPASSFILE and the prompt);
    # the password is random and lives only in STATE_DIR/pgpass.
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir/pwfile"
    as_pg "$pgbin/initdb" -D "$dir/data" --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pwfile" \
      -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    for port in $(seq 55432 55482); do
      if as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
           -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
           start >/dev/null 2>&1; then
        echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$state/url"
        (umask 077; printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$password" > "$state/pgpass")
        echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
        exit 0
      fi
      # The port was taken (or the start failed for another reason): say so if it was the last try.
      tail -n 3 "$dir/log" 2>/dev/null >&2 || true
    done
    echo "postgres-fixture: could not start PostgreSQL on any port 55432-55482" >&2
    exit 1
    ;;
  stop)
    stop_server
    echo "PostgreSQL for the tests stopped"
    ;;
  *) echo "usage: postgres-fixture.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
