#!/usr/bin/env bash
# Installs what gongkai needs and is missing (Debian packages, npm packages),
# then configures and builds it into build/. Safe to run again.
#
#   scripts/setup.sh            everything: gongkai and every test
#   scripts/setup.sh gongkai    only the given CMake targets (the quick start)
#
# It builds into build/ unless GONGKAI_BUILD_DIR names another folder.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: compiler/build tools, the libraries gongkai links, and
# chromium for the browser tests and screenshots.
packages=(build-essential cmake ninja-build pkg-config git
          libboost-filesystem-dev nlohmann-json3-dev libcli11-dev libicu-dev
          libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev
          libutf8proc-dev libxxhash-dev libtomlplusplus-dev libgtest-dev
          libpoppler-cpp-dev zlib1g-dev nettle-dev libjemalloc-dev poppler-utils qpdf python3
          chromium fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from another package than Debian's (e.g. nodesource's
# nodejs, which bundles npm): only ask for it when the commands are missing.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm packages (pinned by package-lock.json): browser-side assets copied into
# the site and the browser/HTML test tools.
if [ -f package-lock.json ] && [ ! -f node_modules/.package-lock.json -o package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# The build folder and extra CMake options come from the environment:
# scripts/test.sh builds the sanitized test tree with
# GONGKAI_BUILD_DIR=build-asan GONGKAI_CMAKE_ARGS=-DGONGKAI_SANITIZE=ON.
BUILD_DIR=${GONGKAI_BUILD_DIR:-build}
# shellcheck disable=SC2086  # GONGKAI_CMAKE_ARGS is a list of options
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGKAI_WERROR=ON ${GONGKAI_CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" ${1:+--target "$@"}
