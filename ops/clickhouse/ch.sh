#!/usr/bin/env bash
# Local ClickHouse servers for tests and development: npm run ch:start / npm run ch:stop.
#
#   ch.sh start [NODE...]   start the nodes not running yet (all three by default), wait for /ping
#   ch.sh stop  [NODE...]   stop the nodes; with no NODE, all of them, and remove the temp folder
#
# Nodes, all on 127.0.0.1 only (config files beside this script):
#   single  HTTP 18123  TCP 19000  interserver 19010   the single node
#   shard1  HTTP 18124  TCP 19001  interserver 19011   shard 1 of cluster chokepoint_two_shards
#   shard2  HTTP 18125  TCP 19002  interserver 19012   shard 2 of cluster chokepoint_two_shards
# Data, logs and pid files: $CHOKEPOINT_CH_DIR, default ${TMPDIR:-/tmp}/chokepoint-ch.
# Plain background processes, not a system service: CI machines have no systemd. Debian's
# 18.16 runs as root without complaint (CI runs as root), so no user switch is needed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIR="${CHOKEPOINT_CH_DIR:-${TMPDIR:-/tmp}/chokepoint-ch}"
WAIT_SECONDS=20
ALL_NODES=(single shard1 shard2)

http_port() {
  case "$1" in
    single) echo 18123 ;;
    shard1) echo 18124 ;;
    shard2) echo 18125 ;;
    *) echo "unknown clickhouse node: \"$1\" (expected single, shard1 or shard2)" >&2; exit 2 ;;
  esac
}

# Whether PID runs: some thread of it is not a zombie. The main thread of a server shutting
# down shows Z while its other threads still hold the ports.
is_live() {
  local task stat
  for task in /proc/"$1"/task/*/stat; do
    stat="$(cat "$task" 2>/dev/null)" || continue
    [[ "${stat##*) }" != Z* ]] && return 0
  done
  return 1
}

# The pid in NODE's pid file, when that process is still a live clickhouse-server (not a zombie).
running_pid() {
  local pidfile="$DIR/$1.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  [[ "$pid" =~ ^[0-9]+$ ]] && is_live "$pid" || return 1
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == clickhouse-serv* ]] || return 1
  echo "$pid"
}

ping_ok() {
  [[ "$(curl -s --max-time 1 "http://127.0.0.1:$1/ping" 2>/dev/null)" == "Ok." ]]
}

start_node() {
  local node="$1" port base pid
  port="$(http_port "$node")"
  if running_pid "$node" >/dev/null; then return 0; fi
  if ping_ok "$port"; then
    echo "port $port already answers /ping but no clickhouse of $DIR runs there: run ch:stop where it was started, or stop what holds the port" >&2
    exit 1
  fi
  base="$DIR/$node"
  mkdir -p "$base/data" "$base/tmp" "$base/user_files" "$base/format_schemas"
  # Started from this folder so the relative include_from of shard*.xml finds clusters.xml;
  # setsid keeps the server out of the caller's process group (a Ctrl-C there leaves it running).
  (cd "$HERE" && exec setsid clickhouse-server --config-file="$HERE/$node.xml" -- \
    --path="$base/data/" --tmp_path="$base/tmp/" --user_files_path="$base/user_files/" \
    --format_schema_path="$base/format_schemas/" \
    --logger.log="$base/server.log" --logger.errorlog="$base/error.log" \
    </dev/null >"$base/stdout.log" 2>&1) &
  echo $! >"$DIR/$node.pid"
}

# Waits for NODE's /ping. A server that exits at once (its port still held by one just killed,
# as when a test stops a shard and restarts it) is started again until the deadline.
wait_node() {
  local node="$1" port deadline
  port="$(http_port "$node")"
  deadline=$((SECONDS + WAIT_SECONDS))
  until ping_ok "$port"; do
    if ((SECONDS >= deadline)); then
      echo "clickhouse on 127.0.0.1:$port ($node) did not answer /ping within ${WAIT_SECONDS} s; last lines of its logs ($DIR/$node):" >&2
      local f
      for f in stdout.log error.log; do tail -n 5 "$DIR/$node/$f" >&2 2>/dev/null || true; done
      exit 1
    fi
    if ! running_pid "$node" >/dev/null; then
      sleep 0.5
      start_node "$node"
    fi
    sleep 0.2
  done
}

# Stops the nodes together (each may wait seconds for its open connections), SIGKILL after 10 s.
stop_nodes() {
  local node pid pids=() alive=() i
  for node in "$@"; do
    if pid="$(running_pid "$node")"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
  done
  for ((i = 0; i < 100; i++)); do
    alive=()
    for pid in "${pids[@]}"; do if is_live "$pid"; then alive+=("$pid"); fi; done
    ((${#alive[@]})) || break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do if is_live "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi; done
  for node in "$@"; do rm -f "$DIR/$node.pid"; done
}

start() {
  command -v clickhouse-server >/dev/null || {
    echo "clickhouse-server not found: apt-get install -y clickhouse-server clickhouse-client" >&2
    exit 1
  }
  command -v curl >/dev/null || { echo "curl not found: apt-get install -y curl" >&2; exit 1; }
  mkdir -p "$DIR"
  local node
  for node in "$@"; do start_node "$node"; done
  for node in "$@"; do wait_node "$node"; done
  # The databases of the printed URLs and of npm run bench:scale, so they work as they are.
  local db
  for node in "$@"; do
    for db in chokepoint chokepoint_bench; do
      curl -sS --max-time 10 --fail-with-body --data-binary "CREATE DATABASE IF NOT EXISTS $db" \
        "http://127.0.0.1:$(http_port "$node")/" >/dev/null
    done
  done
  echo "clickhouse://127.0.0.1:18123/chokepoint"
  echo "clickhouse://127.0.0.1:18124/chokepoint?cluster=chokepoint_two_shards"
}

stop() {
  stop_nodes "$@"
  if (($# == ${#ALL_NODES[@]})) && [[ "$*" == "${ALL_NODES[*]}" ]]; then rm -rf "$DIR"; fi
}

cmd="${1:-}"
shift || true
nodes=("$@")
if ((${#nodes[@]} == 0)); then nodes=("${ALL_NODES[@]}"); fi
for node in "${nodes[@]}"; do http_port "$node" >/dev/null; done
case "$cmd" in
  start) start "${nodes[@]}" ;;
  stop) stop "${nodes[@]}" ;;
  *) echo "usage: ch.sh start|stop [single|shard1|shard2 ...]" >&2; exit 2 ;;
esac
