#!/usr/bin/env bash
# Quick start 1: set everything up, build gongkai, and build the site from
# content/ into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh gongkai
build/gongkai build --content content --out site
