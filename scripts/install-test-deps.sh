#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages, on Debian/Ubuntu: QEMU user
# emulation and the cross C compilers (with their libcs) for the cgo cells. Go toolchains come
# through the Go module proxy inside the tests; nothing here downloads a binary by hand.
set -euo pipefail
packages=(qemu-user-static gcc libc6-dev gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-arm-linux-gnueabihf libc6-dev-armhf-cross libxml2-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "test dependencies: all installed"
  exit 0
fi
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo -n)
echo "test dependencies: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
