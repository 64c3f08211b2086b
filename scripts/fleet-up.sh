#!/usr/bin/env bash
# Starts the test fleet: two more Docker engines beside the default one, and an OpenSSH server that
# leads to engine 2, all on this machine and on 127.0.0.1 only. Idempotent: what already answers
# is only verified. The pids of what this script starts go to .ci/fleet.started, so that
# scripts/fleet-down.sh stops only those.
#
#   engine 2  unix:///run/cb-docker2.sock, and ssh://root@127.0.0.1:2222 (sshd's SetEnv DOCKER_HOST)
#   engine 3  unix:///run/cb-docker3.sock, and tcp://127.0.0.1:23760 with mutual TLS
#
# Each engine runs its own managed containerd (its own exec-root) AND uses its own containerd
# namespaces, so containers on one engine never appear on another even if a system containerd
# at /run/containerd/containerd.sock is shared later. Endpoints go to /run/cb-fleet/fleet.env.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
state="$here/.ci/fleet.started"
fleet=/run/cb-fleet
tls="$fleet/tls"
sshdir="$fleet/ssh"
image=cyberbrain-test/busybox:latest
tcp_port=23760
ssh_port=2222
started=$(date +%s%N)

say() { echo "fleet-up: $*" >&2; }
die() { say "$*"; exit 1; }
# Runs and is not a zombie: pid 1 here reaps orphans only after a second or two, and kill -0
# succeeds on a zombie.
alive() {
  local st
  st=$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$1/stat" 2>/dev/null || true)
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# --- packages -------------------------------------------------------------------------------
need=()
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep the package's scripts from starting a system sshd on port 22.
  made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt=(apt-get -o DPkg::Lock::Timeout=300) # another apt may hold the lock for a while
  if ! "${apt[@]}" install -y -qq "${need[@]}" >/dev/null 2>&1; then
    "${apt[@]}" update -qq
    "${apt[@]}" install -y -qq "${need[@]}" >/dev/null
  fi
  [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
fi

# --- the default engine and the test image on it ----------------------------------------------
bash "$here/scripts/docker-up.sh"

mkdir -p "$here/.ci"
touch "$state"
record() { grep -qx "$1" "$state" || echo "$1" >>"$state"; }
# A fleet process: a live dockerd or sshd whose command line names /run/cb-fleet/.
ours() {
  alive "$1" && [[ "$(cat "/proc/$1/comm" 2>/dev/null)" =~ ^(dockerd|sshd)$ ]] && [[ "$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline")" == *"/run/cb-fleet/"* ]]
}
# Forgets recorded pids whose process is gone (or is no longer one of ours).
prune_state() {
  local keep p
  keep=$(while read -r p; do
    if [ -n "$p" ] && ours "$p"; then echo "$p"; fi
  done <"$state")
  if [ "$keep" != "$(cat "$state")" ]; then
    if [ -n "$keep" ]; then printf '%s\n' "$keep" >"$state"; else : >"$state"; fi
  fi
}

# Writes stdin to $1 (mode $2) only when the content differs; returns 0 when it wrote.
put() {
  local file=$1 mode=$2 tmp
  tmp=$(mktemp "$file.XXXXXX")
  cat >"$tmp"
  chmod "$mode" "$tmp"
  if [ -f "$file" ] && cmp -s "$tmp" "$file"; then rm -f "$tmp"; return 1; fi
  mv -f "$tmp" "$file"
}

# A pid from a pid file when that process is alive and runs `comm`; removes a stale pid file.
live_pid() {
  local file=$1 comm=$2 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null || true)
  if [ -n "$pid" ] && alive "$pid" && [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = "$comm" ]; then echo "$pid"; return 0; fi
  rm -f "$file"
  return 1
}

stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 80); do alive "$pid" || return 0; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do alive "$pid" || return 0; sleep 0.25; done
}

mkdir -p "$fleet" "$tls" "$sshdir"
chmod 755 "$fleet" "$tls" "$sshdir" # the private keys in them are 600

# --- TLS material for engine 3 --------------------------------------------------------------
tls_changed=
tls_ok() {
  local f
  for f in ca.pem ca-key.pem server-cert.pem server-key.pem cert.pem key.pem; do [ -s "$tls/$f" ] || return 1; done
  openssl verify -CAfile "$tls/ca.pem" "$tls/server-cert.pem" "$tls/cert.pem" >/dev/null 2>&1
}
if ! tls_ok; then
  say "generating TLS certificates in $tls"
  work=$(mktemp -d)
  (
    umask 077
    cd "$work"
    ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -keyout ca-key.pem -out ca.pem -days 3650 -subj '/CN=cyberbrain fleet test CA' \
      -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' 2>/dev/null
    printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
    printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n' >client.ext
    openssl req -new "${ec[@]}" -keyout server-key.pem -out server.csr -subj '/CN=localhost' 2>/dev/null
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -set_serial "0x$(openssl rand -hex 12)" -days 3650 -extfile server.ext -out server-cert.pem 2>/dev/null
    openssl req -new "${ec[@]}" -keyout key.pem -out client.csr -subj '/CN=cyberbrain fleet client' 2>/dev/null
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -set_serial "0x$(openssl rand -hex 12)" -days 3650 -extfile client.ext -out cert.pem 2>/dev/null
    chmod 600 ca-key.pem server-key.pem key.pem
    chmod 644 ca.pem server-cert.pem cert.pem
    mv -f ca.pem ca-key.pem server-cert.pem server-key.pem cert.pem key.pem "$tls/"
  )
  rm -rf "$work"
  tls_ok || die "generated certificates do not verify"
  tls_changed=1
fi

# --- engines 2 and 3 ------------------------------------------------------------------------
tls_args=(--tlsverify --tlscacert "$tls/ca.pem" --tlscert "$tls/cert.pem" --tlskey "$tls/key.pem")
dk() { local n=$1; shift; docker -H "unix:///run/cb-docker$n.sock" "$@"; }
dk_tcp() { docker -H "tcp://127.0.0.1:$tcp_port" "${tls_args[@]}" "$@"; }
# Answers on its socket, and is the engine it should be (daemon label cb.fleet.engine=N).
default_info=$(docker info --format '{{.ID}} {{.ServerVersion}}') || die "the default engine does not answer"
default_id=${default_info%% *} default_version=${default_info#* }
declare -A version=() # what each endpoint answered, for the summary
engine_ok() {
  local info
  info=$(dk "$1" info --format '{{.ID}} {{.ServerVersion}} {{range .Labels}}{{.}} {{end}}' 2>/dev/null) || return 1
  [[ " $info " == *" cb.fleet.engine=$1 "* ]] && [[ "$info" != "$default_id "* ]] || return 1
  version[$1]=$(cut -d' ' -f2 <<<"$info")
}
engine3_ok() {
  local info
  engine_ok 3 || return 1
  info=$(dk_tcp info --format '{{.ServerVersion}} {{range .Labels}}{{.}} {{end}}' 2>/dev/null) || return 1
  [[ " $info " == *" cb.fleet.engine=3 "* ]] || return 1
  version[tcp]=$(cut -d' ' -f1 <<<"$info")
}

start_engine() {
  local n=$1; shift
  local pidfile=/run/cb-docker$n.pid exec_root=/run/cb-docker$n-exec
  # A killed dockerd leaves its pid file, and its managed containerd's, behind.
  live_pid "$pidfile" dockerd >/dev/null || true
  live_pid "$exec_root/containerd/containerd.pid" containerd >/dev/null || true
  rm -f "/run/cb-docker$n.sock"
  mkdir -p "/var/lib/cb-docker$n"
  say "starting engine $n (log /tmp/cb-docker$n.log)"
  setsid dockerd --config-file "$fleet/engine$n.json" \
    -H "unix:///run/cb-docker$n.sock" "$@" \
    --data-root "/var/lib/cb-docker$n" --exec-root "$exec_root" --pidfile "$pidfile" \
    --containerd-namespace "cb-docker$n" --containerd-plugins-namespace "cb-docker$n-plugins" \
    --iptables=false --ip6tables=false --bridge=none \
    --default-address-pool "base=10.20$n.0.0/16,size=24" \
    --label "cb.fleet.engine=$n" --shutdown-timeout 5 \
    </dev/null >"/tmp/cb-docker$n.log" 2>&1 &
  launched[$n]=$!
}

declare -A launched=()
wait_engine() { # N CHECK...
  local n=$1 pid
  shift
  for _ in $(seq 1 120); do
    "$@" && break
    # A dockerd that exited (a port taken, a bad flag) will not answer: say so now.
    if [ -n "${launched[$n]:-}" ] && ! alive "${launched[$n]}"; then break; fi
    sleep 0.5
  done
  "$@" || { tail -20 "/tmp/cb-docker$n.log" >&2; die "engine $n did not answer; see /tmp/cb-docker$n.log"; }
  pid=$(live_pid "/run/cb-docker$n.pid" dockerd) || die "engine $n answers but /run/cb-docker$n.pid names no dockerd"
  record "$pid"
}

# dockerd 20.10 derives its engine ID (docker info's ID) from /etc/docker/key.json unless told
# otherwise: without its own key every engine here would report the same ID. Its own config file
# also keeps an /etc/docker/daemon.json meant for the default engine out of these.
for n in 2 3; do
  printf '{\n  "deprecated-key-path": "/var/lib/cb-docker%s/key.json"\n}\n' "$n" | put "$fleet/engine$n.json" 644 || true
done
engine3_args=(-H "tcp://127.0.0.1:$tcp_port" --tlsverify --tlscacert "$tls/ca.pem" --tlscert "$tls/server-cert.pem" --tlskey "$tls/server-key.pem")

# An engine of ours that answers but not as configured here (its label, its own ID, the current
# TLS certificates, its tcp listener) is restarted.
restart_if_wrong() {
  local n=$1 pid
  if dk "$n" version >/dev/null 2>&1 && pid=$(live_pid "/run/cb-docker$n.pid" dockerd); then
    say "engine $n answers but not as configured here: restarting it"
    stop_pid "$pid"
  fi
}
ok2= ok3=
! engine_ok 2 || ok2=1
[ -n "$tls_changed" ] || ! engine3_ok || ok3=1
[ -n "$ok2" ] || restart_if_wrong 2
[ -n "$ok3" ] || restart_if_wrong 3

if [ -z "$ok2" ]; then
  if live_pid /run/cb-docker2.pid dockerd >/dev/null; then say "engine 2 is starting"; else start_engine 2; fi
fi
if [ -z "$ok3" ]; then
  if live_pid /run/cb-docker3.pid dockerd >/dev/null; then say "engine 3 is starting"; else start_engine 3 "${engine3_args[@]}"; fi
fi
[ -n "$ok2" ] || wait_engine 2 engine_ok 2
[ -n "$ok3" ] || wait_engine 3 engine3_ok

# --- the test image on engines 2 and 3 ------------------------------------------------------
rootfs_tar=
for n in 2 3; do
  dk "$n" image inspect "$image" >/dev/null 2>&1 && continue
  if [ -z "$rootfs_tar" ]; then
    # The same root filesystem as the default engine's (scripts/test-rootfs.sh).
    rootfs_tar=$(mktemp --suffix=.tar)
    bash "$here/scripts/test-rootfs.sh" >"$rootfs_tar"
  fi
  dk "$n" import - "$image" <"$rootfs_tar" >/dev/null
  say "built $image on engine $n"
done
[ -z "$rootfs_tar" ] || rm -f "$rootfs_tar"

# --- sshd on 127.0.0.1:2222 leading to engine 2 ------------------------------------------------
ssh_changed=
if [ ! -s "$sshdir/ssh_host_ed25519_key" ] || [ ! -s "$sshdir/ssh_host_ed25519_key.pub" ]; then
  rm -f "$sshdir/ssh_host_ed25519_key" "$sshdir/ssh_host_ed25519_key.pub"
  ssh-keygen -q -t ed25519 -N '' -C cb-fleet-host -f "$sshdir/ssh_host_ed25519_key"
  ssh_changed=1
fi
if [ ! -s "$sshdir/id_ed25519" ] || [ ! -s "$sshdir/id_ed25519.pub" ]; then
  rm -f "$sshdir/id_ed25519" "$sshdir/id_ed25519.pub"
  ssh-keygen -q -t ed25519 -N '' -C cb-fleet-client -f "$sshdir/id_ed25519"
fi
put "$sshdir/authorized_keys" 600 <"$sshdir/id_ed25519.pub" || true
{ printf '[127.0.0.1]:%s ' "$ssh_port"; cut -d' ' -f1,2 "$sshdir/ssh_host_ed25519_key.pub"; } | put "$sshdir/known_hosts" 644 || true
put "$sshdir/sshd_config" 600 <<EOF && ssh_changed=1 || true
# The test fleet's sshd (scripts/fleet-up.sh): loopback only, keys only, sessions talk to engine 2.
Port $ssh_port
ListenAddress 127.0.0.1:$ssh_port
AddressFamily inet
HostKey $sshdir/ssh_host_ed25519_key
PidFile $sshdir/sshd.pid
AuthorizedKeysFile $sshdir/authorized_keys
AllowUsers root
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
AllowTcpForwarding no
AllowAgentForwarding no
AllowStreamLocalForwarding no
X11Forwarding no
PermitTunnel no
PrintMotd no
PrintLastLog no
# \`docker system dial-stdio\` on this side honours DOCKER_HOST. SHLVL=1 keeps Debian's bash
# from sourcing root's ~/.bashrc for the command (it does so when run by sshd at level 1): faster,
# and nothing a dotfile prints can corrupt the dial-stdio stream.
SetEnv DOCKER_HOST=unix:///run/cb-docker2.sock SHLVL=1
EOF
put "$sshdir/config" 644 <<EOF || true
# ssh -F $sshdir/config -p $ssh_port -l root 127.0.0.1 -- docker system dial-stdio   (reaches engine 2)
Host 127.0.0.1
  HostName 127.0.0.1
  Port $ssh_port
  User root
  IdentityFile $sshdir/id_ed25519
  IdentitiesOnly yes
  IdentityAgent none
  UserKnownHostsFile $sshdir/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  ConnectTimeout 10
  ControlMaster no
  ControlPath none
  LogLevel ERROR
EOF

ssh_cmd=(ssh -F "$sshdir/config" -p "$ssh_port" -l root 127.0.0.1 --)
# The exact transport the server uses: an HTTP request through dial-stdio must reach engine 2.
ssh_info=
ssh_ok() {
  ssh_info=$(printf 'GET /info HTTP/1.0\r\nHost: docker\r\n\r\n' | timeout 20 "${ssh_cmd[@]}" docker system dial-stdio 2>/dev/null || true)
  [[ "$ssh_info" == *'"cb.fleet.engine=2"'* ]]
}
if [ -n "$ssh_changed" ] || ! ssh_ok; then
  if pid=$(live_pid "$sshdir/sshd.pid" sshd); then
    say "restarting sshd (pid $pid)"
    stop_pid "$pid"
  fi
  mkdir -p /run/sshd && chmod 755 /run/sshd # sshd's privilege separation directory
  /usr/sbin/sshd -t -f "$sshdir/sshd_config" || die "sshd_config does not pass sshd -t"
  say "starting sshd on 127.0.0.1:$ssh_port (log /tmp/cb-sshd.log)"
  setsid /usr/sbin/sshd -f "$sshdir/sshd_config" -E /tmp/cb-sshd.log </dev/null >/dev/null 2>&1
  for _ in $(seq 1 40); do live_pid "$sshdir/sshd.pid" sshd >/dev/null && break; sleep 0.25; done
  pid=$(live_pid "$sshdir/sshd.pid" sshd) || { tail -20 /tmp/cb-sshd.log >&2; die "sshd did not start; see /tmp/cb-sshd.log"; }
  record "$pid"
  ssh_ok || { tail -20 /tmp/cb-sshd.log >&2; die "ssh to 127.0.0.1:$ssh_port does not reach engine 2; see /tmp/cb-sshd.log"; }
fi

# --- endpoints --------------------------------------------------------------------------------
put "$fleet/fleet.env" 644 <<EOF || true
# Written by scripts/fleet-up.sh: the test fleet's endpoints (KEY=value, no quoting).
CB_FLEET_B_UNIX=unix:///run/cb-docker2.sock
CB_FLEET_B_SSH=ssh://root@127.0.0.1:$ssh_port
CB_FLEET_SSH_CONFIG=$sshdir/config
CB_FLEET_C_UNIX=unix:///run/cb-docker3.sock
CB_FLEET_C_TCP=tcp://127.0.0.1:$tcp_port
CB_FLEET_TLS_DIR=$tls
EOF

prune_state
say "default                          -> engine $default_version"
say "unix:///run/cb-docker2.sock      -> engine 2 ${version[2]}"
say "ssh://root@127.0.0.1:$ssh_port       -> engine 2 $(sed -n 's/.*"ServerVersion":"\([^"]*\)".*/\1/p' <<<"$ssh_info")"
say "unix:///run/cb-docker3.sock      -> engine 3 ${version[3]}"
say "tcp://127.0.0.1:$tcp_port (TLS)     -> engine 3 ${version[tcp]}"
say "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms; endpoints in $fleet/fleet.env"
