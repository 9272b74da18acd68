#!/usr/bin/env bash
# The benchmark of issue 4, in one command (see docs/benchmarks.md):
#
#   bench/run.sh [N]              # N generated disclosures, default 5000
#   PER_UNIT=1 bench/run.sh [N]   # one unit per document (default 25 per unit)
#
# Builds gongkai (Release, its own build folder build-bench/), generates N
# disclosures from content/ (and the same documents as Markdown for Hugo),
# then times, each with peak RSS (/usr/bin/time):
#   gongkai: full build, no-op rebuild, add-one rebuild, modify-one rebuild
#   hugo:    full build of the same documents as Markdown
# and writes a Markdown table with the ratios to bench/out/results.md.
set -euo pipefail

N=${1:-${N:-5000}}
PER_UNIT=${PER_UNIT:-25}
# Hugo needs ~70 GB at 50,000 documents: it is run up to 20,000.
RUN_HUGO=${RUN_HUGO:-$([ "$N" -le 20000 ] && echo 1 || echo 0)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
WORK=$OUT/work
BUILD=${BUILD_DIR:-$ROOT/build-bench}
JOBS=${JOBS:-2}

# 1. Tools: time and hugo from Debian when missing.
install() {
  echo "installing $1 (apt-get)" >&2
  apt-get install -y "$1" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$1" >/dev/null; }
}
[ -x /usr/bin/time ] || install time
command -v hugo >/dev/null || install hugo

# 2. gongkai and the corpus generator, Release.
mkdir -p "$OUT/logs"
{ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF &&
  cmake --build "$BUILD" --target gongkai gongkai_corpus -j "$JOBS"; } >"$OUT/logs/cmake.log" 2>&1 ||
  { tail -n 30 "$OUT/logs/cmake.log" >&2; echo "building gongkai failed" >&2; exit 1; }
GONGKAI=$BUILD/gongkai

# 3. The corpus: N disclosures, and the same as Markdown in a Hugo site.
rm -rf "$WORK"
mkdir -p "$WORK/hugo"
cp -r "$ROOT/bench/hugo/." "$WORK/hugo/"
echo "generating $N disclosures..." >&2
"$BUILD/bench/gongkai_corpus" --samples "$ROOT/content" --out "$WORK/content" --count "$N" \
  --docs-per-unit "$PER_UNIT" $([ "$RUN_HUGO" = 1 ] && echo --markdown "$WORK/hugo/content/docs")
INPUT_MB=$(du -sm "$WORK/content" | cut -f1)

# What gongkai can do today: `build` when it exists, else `check` (parses
# every file), so the script keeps working while the site build is written.
if "$GONGKAI" build --help >/dev/null 2>&1; then
  GK_KIND=build
  export GONGKAI_TIMING=1  # phase times into the logs
  GK=("$GONGKAI" build --content "$WORK/content" --out "$WORK/site" --templates "$ROOT/templates" -j "$JOBS")
else
  GK_KIND=check
  GK=("$GONGKAI" check "$WORK/content")
fi

# measure LABEL CMD...: runs CMD under /usr/bin/time; sets SECS and MB.
declare -A SECS MB STATUS
measure() {
  local label=$1; shift
  local status=ok
  /usr/bin/time -f "%e %M" -o "$OUT/logs/$label.time" "$@" >"$OUT/logs/$label.log" 2>&1 || status="exit $?"
  # On failure time(1) writes "Command exited with non-zero status N" first.
  read -r s kb < <(tail -n 1 "$OUT/logs/$label.time")
  SECS[$label]=$s
  MB[$label]=$(awk -v kb="$kb" 'BEGIN { printf "%.0f", kb / 1024 }')
  STATUS[$label]=$status
  echo "$label: ${s}s, ${MB[$label]} MB ($status)" >&2
}

# 4. gongkai: full, no-op, add one, modify one.
rm -rf "$WORK/site" "$WORK/.gongkai"
measure full "${GK[@]}"
measure noop "${GK[@]}"
"$BUILD/bench/gongkai_corpus" --samples "$ROOT/content" --out "$WORK/content" --first "$N" --count 1 \
  --docs-per-unit "$PER_UNIT"
measure add_one "${GK[@]}"
DOCS=("$WORK"/content/*.txt)  # (not `ls | head`: SIGPIPE under pipefail)
printf '\n补充说明：本单位无其他需要说明的事项。\n' >>"${DOCS[0]}"
measure modify_one "${GK[@]}"

# 5. Hugo on the same N documents (before the add/modify: exactly N).
if [ "$RUN_HUGO" = 1 ]; then
  measure hugo hugo --source "$WORK/hugo" --destination "$WORK/hugo/public" --quiet
else
  SECS[hugo]=0; MB[hugo]=0; STATUS[hugo]="not run"
fi
UNITS=$(find "$WORK/site/units" -mindepth 1 -maxdepth 1 -type d | wc -l)
FILES=$(find "$WORK/site" -type f | wc -l)

# 6. The table.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "n/a" }'; }
{
  echo "# Benchmark: $N disclosures, $PER_UNIT per unit ($INPUT_MB MB of text, $UNITS units, $FILES files in the site)"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $("$GONGKAI" --version 2>/dev/null | tail -n 1) (\`gongkai $GK_KIND\`), $(hugo version | cut -d' ' -f1-2)."
  echo
  echo "| run | time (s) | peak RSS (MB) | vs gongkai full build | status |"
  echo "|---|---:|---:|---:|---|"
  echo "| gongkai full build | ${SECS[full]} | ${MB[full]} | 100% | ${STATUS[full]} |"
  for r in noop add_one modify_one; do
    echo "| gongkai ${r//_/ } rebuild | ${SECS[$r]} | ${MB[$r]} | $(pct "${SECS[$r]}" "${SECS[full]}") | ${STATUS[$r]} |"
  done
  echo "| hugo full build (same documents as Markdown) | ${SECS[hugo]} | ${MB[hugo]} | $(pct "${SECS[hugo]}" "${SECS[full]}") | ${STATUS[hugo]} |"
  echo
  echo "| ratio | value | target (issue 8) |"
  echo "|---|---:|---|"
  echo "| Hugo time / gongkai full build time | $(ratio "${SECS[hugo]}" "${SECS[full]}")× | ≥ 10× |"
  echo "| gongkai peak RSS | ${MB[full]} MB | < 256 MB at 5,000; < 512 MB at 50,000 |"
  echo "| Hugo peak RSS / gongkai peak RSS | $(ratio "${MB[hugo]}" "${MB[full]}")× | |"
  echo "| no-op rebuild / full | $(pct "${SECS[noop]}" "${SECS[full]}") | < 2% |"
  echo "| add-one rebuild / full | $(pct "${SECS[add_one]}" "${SECS[full]}") | < 3% |"
  echo "| modify-one rebuild / full | $(pct "${SECS[modify_one]}" "${SECS[full]}") | < 3% |"
  echo
  echo "Phase times of the full build and the add-one rebuild (GONGKAI_TIMING=1):"
  echo
  echo "| phase | full (ms) | RSS after (MB) | add one (ms) | RSS after (MB) |"
  echo "|---|---:|---:|---:|---:|"
  phases() { sed -nE 's/^  (.{10}) +([0-9.]+) ms +([0-9]+) MB rss.*$/\1\t\2\t\3/p' "$1" | sed -E 's/ +\t/\t/'; }
  paste <(phases "$OUT/logs/full.log") <(phases "$OUT/logs/add_one.log" | cut -f2,3) |
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }'
} >"$OUT/results-$N-$PER_UNIT.md"
cp "$OUT/results-$N-$PER_UNIT.md" "$OUT/results.md"
cat "$OUT/results.md"
