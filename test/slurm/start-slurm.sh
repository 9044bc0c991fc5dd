#!/usr/bin/env bash
# Start a one-node Slurm cluster on this machine for `npm run test:slurm`: Debian's slurm-wlm and
# munge (installed with apt-get when missing), munged as user munge, slurmctld and slurmd as root on
# 127.0.0.1, no cgroups, no accounting. State, logs and pid files go to $COGOV_SLURM_DIR
# (default /tmp/cogov-slurm); clients find the cluster through $COGOV_SLURM_DIR/slurm.conf
# (export SLURM_CONF=that file). Stop it with test/slurm/stop-slurm.sh. Needs root (or sudo).
set -euo pipefail
dir="${COGOV_SLURM_DIR:-/tmp/cogov-slurm}"
here="$(cd "$(dirname "$0")" && pwd)"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
fail() {
  echo "start-slurm: $*" >&2
  for f in "$dir/slurmctld.log" "$dir/slurmd.log" /var/log/munge/munged.log; do
    [ -s "$f" ] && { echo "--- last lines of $f" >&2; tail -n 20 "$f" >&2; }
  done
  exit 1
}

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  echo "start-slurm: installing slurm-wlm and munge with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp)"
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends slurm-wlm munge; } >"$log" 2>&1; then
    cat "$log" >&2
    fail "apt-get could not install slurm-wlm and munge"
  fi
  rm -f "$log"
fi

# Daemons of an earlier start (ours, from their pid files) go first.
bash "$here/stop-slurm.sh" >/dev/null 2>&1 || true
$SUDO mkdir -p "$dir/state" "$dir/spool"

# munge: reuse a munged that already answers; else start one as user munge.
if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  echo "start-slurm: using the munged already running"
else
  [ -s /etc/munge/munge.key ] || $SUDO mungekey --create --keyfile=/etc/munge/munge.key
  $SUDO chown munge:munge /etc/munge/munge.key
  $SUDO chmod 0400 /etc/munge/munge.key
  $SUDO mkdir -p /run/munge /var/log/munge /var/lib/munge
  $SUDO chown munge:munge /run/munge /var/log/munge /var/lib/munge
  $SUDO chmod 0755 /run/munge
  $SUDO runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid || fail "munged did not start"
  $SUDO cp /run/munge/munged.pid "$dir/munged.pid"
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null || fail "munge credentials do not round-trip (munge -n | unmunge)"
fi

# The node as slurmd sees it (CPUs, sockets, cores, memory), under this host's short name.
host="$(hostname -s)"
node="$(slurmd -C 2>/dev/null | head -n 1)"
[[ "$node" == NodeName=* ]] || fail "slurmd -C printed no node line: $node"
node="$(sed -E 's/^NodeName=[^ ]+//; s/ UpTime=.*//' <<<"$node")"

conf="$dir/slurm.conf"
$SUDO tee "$conf" >/dev/null <<EOF
# One-node test cluster for cogov (written by test/slurm/start-slurm.sh).
ClusterName=cogovtest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
DependencyParameters=kill_invalid_depend
ReturnToService=2
MinJobAge=600
KillWait=10
SlurmctldPort=6817
SlurmdPort=6818
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 $node State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$conf"

$SUDO slurmctld -f "$conf" -c || fail "slurmctld did not start"
for _ in $(seq 100); do scontrol ping 2>/dev/null | grep -q 'is UP' && break; sleep 0.2; done
scontrol ping 2>/dev/null | grep -q 'is UP' || fail "slurmctld does not answer (scontrol ping)"
$SUDO slurmd -f "$conf" || fail "slurmd did not start"

state=""
for _ in $(seq 150); do
  state="$(sinfo -h -N -n "$host" -o '%T' 2>/dev/null || true)"
  [ "$state" = "idle" ] && break
  sleep 0.2
done
[ "$state" = "idle" ] || fail "node $host is '${state:-unknown}' after 30 s, not idle (sinfo)"
echo "start-slurm: node $host idle ($node); export SLURM_CONF=$conf"
