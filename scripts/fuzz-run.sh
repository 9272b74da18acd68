#!/usr/bin/env bash
# The bounded fuzz run of CI (docs/fuzzing.md): the parser's fuzz target
# (generator/fuzz_parse.cc, text and PDF) under fuzz_driver, a seeded
# mutation driver, on the seed corpus of scripts/fuzz-seeds.sh, for a fixed
# time. CTest runs it as the test fuzz_parse_bounded.
#
#   scripts/fuzz-run.sh FUZZ_DRIVER [SECONDS] [SEED]
#
# SECONDS (default $GONGKAI_FUZZ_SECONDS or 60) and SEED (default
# $GONGKAI_FUZZ_SEED or 1): the same seed replays the same inputs. An input
# that crashes (a sanitizer report) or runs longer than 60 s is copied to
# tests/data/fuzz-regressions/ (replayed by fuzz_regressions from then on)
# and fails the run.
set -euo pipefail
DRIVER=${1:?usage: scripts/fuzz-run.sh FUZZ_DRIVER [SECONDS] [SEED]}
SECS=${2:-${GONGKAI_FUZZ_SECONDS:-60}}
SEED=${3:-${GONGKAI_FUZZ_SEED:-1}}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seeds: the text samples and PDFs up to 100 KB (small inputs mutate and run
# faster; a PDF runs ~10x slower than text under the sanitizers).
"$ROOT/scripts/fuzz-seeds.sh" "$work/seeds" 100
status=0
"$DRIVER" --seconds "$SECS" --seed "$SEED" --timeout 60 --max-len 262144 --crash-dir "$work" \
    "$work/seeds/text" "$work/seeds/pdf" || status=$?
if [ "$status" -ne 0 ]; then
  if [ -f "$work/current-input" ]; then
    name=crash-$(sha1sum "$work/current-input" | cut -c1-40)
    mkdir -p "$ROOT/tests/data/fuzz-regressions"
    cp "$work/current-input" "$ROOT/tests/data/fuzz-regressions/$name"
    echo "fuzz: the input that failed (exit $status) is kept as tests/data/fuzz-regressions/$name;" \
         "reproduce: $DRIVER tests/data/fuzz-regressions/$name; fix it and commit the file" >&2
  fi
  exit 1
fi
