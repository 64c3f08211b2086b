#!/usr/bin/env bash
# Writes to stdout, as a tar, the root filesystem of the test image cyberbrain-test/busybox:
# busybox-static and a few applet links, nothing else (no registry is reachable here). Every
# engine imports the same one: `bash scripts/test-rootfs.sh | docker import - cyberbrain-test/busybox:latest`.
set -euo pipefail
bb=$(command -v busybox || echo /bin/busybox)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bin" "$root/tmp" "$root/etc"
cp "$bb" "$root/bin/busybox"
for app in sh echo sleep cat printf seq yes true false date env wc head tr; do ln -s busybox "$root/bin/$app"; done
echo 'root:x:0:0:root:/:/bin/sh' >"$root/etc/passwd"
tar -C "$root" -c .
