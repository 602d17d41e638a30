#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on a private port, run the given test command against it
# (DATABASE_URL), and stop and remove the server whatever happens.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  echo "PostgreSQL tidak terpasang (jalankan: bash scripts/system-deps.sh test)." >&2
  exit 1
fi
port=${PGTEST_PORT:-54329}
dir=$(mktemp -d /tmp/sakip-pg.XXXXXX)
chmod 755 "$dir"
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "cd / && $*"; else bash -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
cleanup() { run_pg "$pgbin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
run_pg "$pgbin/initdb -D $dir/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
run_pg "$pgbin/pg_ctl -D $dir/data -l $dir/log -w -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/sakip"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') pada port $port"
"$@"
