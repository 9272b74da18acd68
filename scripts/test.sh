#!/usr/bin/env bash
# Quick start 2: set everything up, build, and run every test (unit,
# integration, HTML validity, links and browser tests) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 600
