#!/usr/bin/env bash
# Checks (default) or installs (--install) the Debian packages the tests need.
# The DDS interop tests need Cyclone DDS and Fast DDS peers built from these packages.
set -euo pipefail
PACKAGES=(maven libddsc0debian cyclonedds-dev cyclonedds-tools libfastrtps-dev fastddsgen g++ cmake pkg-config)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${1:-}" = "--install" ]; then
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
  fi
  exit 0
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing Debian packages for the tests: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
