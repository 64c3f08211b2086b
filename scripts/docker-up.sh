#!/usr/bin/env bash
# Makes sure a Docker engine answers and that the local test image exists.
# Installs Debian's docker.io and busybox-static when missing, starts dockerd when none answers,
# and writes the pid of a dockerd it started to .ci/dockerd.started so the caller can stop only that.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
state="$here/.ci/dockerd.started"

need_install=()
command -v dockerd >/dev/null 2>&1 || need_install+=(docker.io)
[ -x /bin/busybox ] || [ -x /usr/bin/busybox ] || need_install+=(busybox-static)
if [ ${#need_install[@]} -gt 0 ]; then
  echo "docker-up: installing ${need_install[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_install[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  # A dockerd killed at a session's end leaves its pid file behind and a new one refuses to start.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  if [ -f /run/containerd/containerd.pid ] && ! kill -0 "$(cat /run/containerd/containerd.pid)" 2>/dev/null; then
    rm -f /run/containerd/containerd.pid
  fi
  echo "docker-up: starting dockerd" >&2
  nohup dockerd --iptables=false --ip6tables=false --bridge=none >/tmp/cyberbrain-dockerd.log 2>&1 &
  echo $! >"$state"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || { echo "docker-up: dockerd did not answer; see /tmp/cyberbrain-dockerd.log" >&2; tail -20 /tmp/cyberbrain-dockerd.log >&2; exit 1; }
fi

# The test image: a root filesystem holding only busybox (no registry is reachable here).
if ! docker image inspect cyberbrain-test/busybox:latest >/dev/null 2>&1; then
  bash "$here/scripts/test-rootfs.sh" | docker import - cyberbrain-test/busybox:latest >/dev/null
  echo "docker-up: built cyberbrain-test/busybox:latest" >&2
fi
