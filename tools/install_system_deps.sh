#!/usr/bin/env bash
# System packages the product and its tests need, from Debian, installed only
# when missing. Runs as root on development and CI machines.
set -euo pipefail
need=()
command -v sox >/dev/null 2>&1 || need+=(sox libsox-fmt-all)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
# Review-page browser tests: headless Chromium (driven by Playwright, never
# `playwright install`) and a CJK font so pages and screenshots show Chinese.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "ok installed" || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing system packages: ${need[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The storage, API and distributed-audit tests talk to a real PostgreSQL
# (127.0.0.1:5432, trust auth) and Redis (127.0.0.1:6379). Development and CI
# machines run both; start them if they are installed but stopped.
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -q; then
  if [ -d /etc/postgresql ] && [ "$(id -u)" -eq 0 ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  fi
fi
if command -v redis-cli >/dev/null 2>&1 && ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  if command -v redis-server >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null || true
  fi
fi
