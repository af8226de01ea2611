#!/usr/bin/env bash
# Idempotent set-up of the optional tools some tests use to check our ORM translations against the
# real ORMs: ActiveRecord (Ruby) and Django + SQLAlchemy (Python) from Debian's packages, and
# pg_partman for PostgreSQL 15 (the pg_partman-aware health and maintenance tests). Tests
# that need a missing tool skip loudly; this script only tries to install what is missing.
set -uo pipefail
pkgs=(ruby-activerecord ruby-pg python3-django python3-sqlalchemy python3-psycopg2 postgresql-15-partman)
need=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
((${#need[@]})) || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "[setup-tools] missing Debian packages (install them to run the real-ORM tests): ${need[*]}" >&2
  exit 0
fi
echo "[setup-tools] apt-get install ${need[*]}" >&2
timeout 300 apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "[setup-tools] could not install ${need[*]}: the real-ORM tests will be skipped" >&2
exit 0
