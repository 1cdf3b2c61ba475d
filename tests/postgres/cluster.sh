#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests: initdb in a folder of its own, owned by an unprivileged user,
# listening on a loopback port only, with durable commits (fsync on), and a password-protected role "domainkit".
#
#   bash tests/postgres/cluster.sh start DIR   starts one in DIR (made if missing) and prints its connection string;
#                                                DIR/env holds PGBIN, PGDATA, PGPORT and DOMAINKIT_TEST_POSTGRES
#   bash tests/postgres/cluster.sh restart DIR starts it again on the same data and port (after a crash test)
#   bash tests/postgres/cluster.sh stop DIR    stops it and removes DIR
#
# PostgreSQL comes from the Debian package "postgresql"; run as root, the cluster belongs to its "postgres" user.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: cluster.sh start|restart|stop DIR" >&2
  exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    # A free loopback port: the kernel picks one for a socket that is closed at once.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
      || echo $((20000 + RANDOM % 20000)))
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
    chmod 600 "$dir/pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U domainkit --pwfile="$dir/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=on -c synchronous_commit=on -c max_connections=100" start > /dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    connection="Host=127.0.0.1;Port=$port;Database=postgres;Username=domainkit;Password=$password"
    {
      echo "PGBIN=$bin"
      echo "PGDATA=$dir/data"
      echo "PGPORT=$port"
      echo "DOMAINKIT_TEST_POSTGRES=$connection"
    } > "$dir/env"
    chmod 600 "$dir/env"
    echo "$connection"
    ;;
  restart)
    port=$(grep '^PGPORT=' "$dir/env" | cut -d= -f2)
    # After a SIGKILL the server's last processes may still hold its shared memory for a moment: try again until they are gone.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=on -c synchronous_commit=on -c max_connections=100" start > /dev/null; then
        exit 0
      fi
      sleep 1
    done
    tail -20 "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 60 stop > /dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: cluster.sh start|restart|stop DIR" >&2
    exit 2
    ;;
esac
