#!/usr/bin/env bash
# Quick start 2 (and CI, .ci/run): set everything up, build gongkai and every
# test once, with AddressSanitizer and UndefinedBehaviorSanitizer, into
# build-asan/ (build/ stays the quick start's plain build), and run every
# test through CTest in it (unit, integration, HTML validity, links, browser
# tests, and the bounded fuzz run of the parser: fuzz_parse_bounded,
# scripts/fuzz-run.sh). Any sanitizer report fails the test that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
GONGKAI_BUILD_DIR=build-asan GONGKAI_CMAKE_ARGS="-DGONGKAI_SANITIZE=ON" ./scripts/setup.sh
# halt_on_error: a UBSan finding fails the test (it only prints by default).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 900
