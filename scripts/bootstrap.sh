#!/usr/bin/env bash
# Prepare a fresh machine: uv, the locked Python dependencies, PostgreSQL and Redis servers,
# Node.js/npm and the SPA's locked packages; with --browser also Debian's chromium and a Japanese
# font (browser tests); with --cluster haproxy and pg_auto_failover (`make cluster`, the R9 suite).
# Installs OS packages only when running as root; otherwise says exactly what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export UV_PYTHON_DOWNLOADS=never

say() { printf '\033[1mgenba:\033[0m %s\n' "$*"; }

as_root() { [ "$(id -u)" -eq 0 ]; }

apt_install() {
    if ! as_root || ! command -v apt-get >/dev/null 2>&1; then
        return 1
    fi
    if [ -z "${GENBA_APT_UPDATED:-}" ]; then
        say "updating the package index"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        export GENBA_APT_UPDATED=1
    fi
    say "installing $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

find_uv() {
    if command -v uv >/dev/null 2>&1; then command -v uv; return; fi
    if [ -x .tools/bin/uv ]; then echo .tools/bin/uv; return; fi
    return 1
}

if ! UV=$(find_uv); then
    say "installing uv into .tools/"
    if ! python3 -m venv .tools 2>/dev/null; then
        rm -rf .tools
        apt_install python3-venv || { say "python3 -m venv is unavailable; install python3-venv"; exit 1; }
        python3 -m venv .tools
    fi
    .tools/bin/pip install --quiet --disable-pip-version-check "uv>=0.5,<1"
    UV=.tools/bin/uv
fi

"$UV" sync --frozen --quiet

if [ -z "${GENBA_DATABASE_URL:-${DATABASE_URL:-}}" ]; then
    if ! python3 -c 'from tools.devstack.binaries import find_pg_bindir; find_pg_bindir()' 2>/dev/null; then
        apt_install postgresql || {
            python3 -c 'from tools.devstack.binaries import PG_INSTALL_HINT; print(PG_INSTALL_HINT)'
            exit 1
        }
    fi
fi

if [ -z "${GENBA_REDIS_URL:-${REDIS_URL:-}}" ]; then
    if ! python3 -c 'from tools.devstack.binaries import find_redis_server; find_redis_server()' 2>/dev/null; then
        apt_install redis-server || {
            python3 -c 'from tools.devstack.binaries import REDIS_INSTALL_HINT; print(REDIS_INSTALL_HINT)'
            exit 1
        }
    fi
fi

if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm || { say "npm is missing; install Node.js (18 or newer) and npm"; exit 1; }
fi
# frontend/package.json pins Node 24 as a package: npm ci brings it, and `npm run` uses it.
if [ ! -f frontend/node_modules/.package-lock.json ] \
    || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    say "installing the SPA's packages (npm ci)"
    npm --prefix frontend ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ] && [ ! -x "${GENBA_CHROMIUM:-/usr/bin/chromium}" ]; then
    apt_install chromium || { say "chromium is missing; install Debian's chromium package"; exit 1; }
fi

# Chromium draws its own date and time fields in its UI language: without its Japanese locale
# (Debian ships it apart) they read "mm/dd/yyyy" and "04:30 AM" whatever the page's locale.
if [ "${1:-}" = "--browser" ] && [ -d /usr/lib/chromium/locales ] \
    && [ ! -f /usr/lib/chromium/locales/ja.pak ]; then
    apt_install chromium-l10n || say "no Japanese locale for chromium; install Debian's chromium-l10n (date fields show mm/dd/yyyy)"
fi

# Japanese glyphs for the browser suite: its layout checks and screenshots must measure real text
# (staff have Japanese fonts), not the narrow boxes a browser draws without one. Not fatal.
if [ "${1:-}" = "--browser" ] && ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja | grep -q .; }; then
    apt_install fonts-noto-cjk || say "no Japanese font; install Debian's fonts-noto-cjk (the layout checks measure Japanese text)"
fi

if [ "${1:-}" = "--cluster" ]; then
    # pg_auto_failover's extension must match the PostgreSQL server the devstack finds.
    pg_major=$(python3 -c 'from tools.devstack.binaries import find_pg_bindir; print(find_pg_bindir().parent.name)' 2>/dev/null || echo 15)
    missing=()
    command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
    command -v pg_autoctl >/dev/null 2>&1 || missing+=(pg-auto-failover-cli)
    [ -f "/usr/lib/postgresql/$pg_major/lib/pgautofailover.so" ] \
        || missing+=("postgresql-$pg_major-auto-failover")
    if [ "${#missing[@]}" -gt 0 ]; then
        apt_install "${missing[@]}" || {
            say "the cluster needs ${missing[*]}; install them (Debian: apt-get install ${missing[*]})"
            exit 1
        }
    fi
fi
