#!/usr/bin/env bash
# Quick start 1: set everything up, build gongkai, and build the site from
# content/ into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
if build/gongkai --help 2>/dev/null | grep -q '^ *build'; then
  build/gongkai build --content content --out site
else
  build/gongkai check content
fi
