#!/usr/bin/env bash
# Stop the daemons test/slurm/start-slurm.sh started (slurmd, slurmctld and munged if it started
# it), each by the pid in its pid file under $COGOV_SLURM_DIR (default /tmp/cogov-slurm); jobs
# still running on the node end with slurmd. Safe to run when nothing is running.
set -uo pipefail
dir="${COGOV_SLURM_DIR:-/tmp/cogov-slurm}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
status=0
stop() { # name pidfile
  local name="$1" file="$2" pid
  [ -s "$file" ] || return 0
  pid="$(cat "$file")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && $SUDO kill -0 "$pid" 2>/dev/null; then
    $SUDO kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 100); do $SUDO kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if $SUDO kill -0 "$pid" 2>/dev/null; then
      echo "stop-slurm: $name (pid $pid) ignored SIGTERM for 10 s; sending SIGKILL" >&2
      $SUDO kill -KILL "$pid" 2>/dev/null
      sleep 0.2
    fi
    if $SUDO kill -0 "$pid" 2>/dev/null; then
      echo "stop-slurm: $name (pid $pid) is still running" >&2
      status=1
      return 0
    fi
    echo "stop-slurm: stopped $name (pid $pid)"
  fi
  $SUDO rm -f "$file"
}
stop slurmd "$dir/slurmd.pid"
stop slurmctld "$dir/slurmctld.pid"
stop munged "$dir/munged.pid"
exit "$status"
