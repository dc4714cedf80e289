#!/usr/bin/env bash
# System packages the product and its tests need, from Debian, installed only
# when missing. Runs as root on development and CI machines.
set -euo pipefail
need=()
command -v sox >/dev/null 2>&1 || need+=(sox libsox-fmt-all)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing system packages: ${need[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
