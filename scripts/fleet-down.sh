#!/usr/bin/env bash
# Stops what scripts/fleet-up.sh started (the pids in .ci/fleet.started: engines 2 and 3, sshd),
# waits for them to go, and removes the pid files a killed process leaves behind. Leaves the
# default engine, anything it did not start, and the generated keys and data alone.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
state="$here/.ci/fleet.started"

say() { echo "fleet-down: $*" >&2; }
# Runs and is not a zombie (pid 1 here reaps orphans late; kill -0 succeeds on a zombie).
alive() {
  local st
  st=$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$1/stat" 2>/dev/null || true)
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# Only a live dockerd or sshd whose command line names /run/cb-fleet/ is ours to stop: a recorded
# pid may since have gone to another process.
ours() {
  alive "$1" && [[ "$(cat "/proc/$1/comm" 2>/dev/null)" =~ ^(dockerd|sshd)$ ]] && [[ "$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline")" == *"/run/cb-fleet/"* ]]
}

pids=()
children=() # the managed containerd of each engine we stop: it should go with its dockerd
if [ -f "$state" ]; then
  while read -r pid; do
    [ -n "$pid" ] || continue
    ours "$pid" || continue
    pids+=("$pid")
    for n in 2 3; do
      if [[ "$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline")" == *"--exec-root /run/cb-docker$n-exec "* ]]; then
        c=$(cat "/run/cb-docker$n-exec/containerd/containerd.pid" 2>/dev/null || true)
        if [ -n "$c" ] && [ "$(cat "/proc/$c/comm" 2>/dev/null || true)" = containerd ]; then children+=("$c"); fi
      fi
    done
  done <"$state"
fi

# Sends TERM, waits up to 30 s for all of them, then KILLs what is left.
stop_all() {
  local pid alive
  kill "$@" 2>/dev/null || true
  for _ in $(seq 1 120); do
    alive=0
    for pid in "$@"; do if alive "$pid"; then alive=1; fi; done
    [ "$alive" = 1 ] || return 0
    sleep 0.25
  done
  for pid in "$@"; do
    if alive "$pid"; then say "pid $pid did not stop in 30 s: killing it"; kill -9 "$pid" 2>/dev/null || true; fi
  done
}

if [ ${#pids[@]} -eq 0 ]; then
  say "nothing of ours is running"
else
  say "stopping ${pids[*]}"
  # dockerd stops its containers (--shutdown-timeout 5), then its managed containerd.
  stop_all "${pids[@]}"
  left=()
  for c in "${children[@]}"; do if alive "$c"; then left+=("$c"); fi; done
  if [ ${#left[@]} -gt 0 ]; then say "stopping left-over containerd ${left[*]}"; stop_all "${left[@]}"; fi
fi

# Pid files whose process is gone (a killed dockerd, containerd or sshd leaves its own behind).
for f in /run/cb-docker2.pid /run/cb-docker3.pid /run/cb-fleet/ssh/sshd.pid \
  /run/cb-docker2-exec/containerd/containerd.pid /run/cb-docker3-exec/containerd/containerd.pid; do
  [ -f "$f" ] || continue
  pid=$(cat "$f" 2>/dev/null || true)
  if [ -z "$pid" ] || ! alive "$pid"; then rm -f "$f"; fi
done

rm -f "$state"
