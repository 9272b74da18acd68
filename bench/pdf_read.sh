#!/usr/bin/env bash
# PDF reading against poppler's own floor (see docs/benchmarks.md):
#
#   bench/pdf_read.sh [CORPUS_DIR]     # default ../shared/corpus (bad/ skipped)
#
# For every PDF, times `pdftotext -bbox-layout FILE` (poppler's word boxes,
# the floor: gongkai reads PDFs with the same poppler) and `gongkai grid
# --lines FILE` (gongkai's PDF front end alone: ReadPdf, words joined into
# cells, lines in reading order; no segmenting or parsing), both writing to
# /dev/null, with hyperfine (else a loop of `date +%s.%N`), and the peak RSS
# of one run of each (/usr/bin/time). Writes a Markdown table with the
# per-file and total times and the ratio to bench/out/pdf_read.md.
#
# Environment: GONGKAI=path/to/gongkai skips the build (else Release in
# BUILD_DIR, default build-bench/); RUNS (default 5) runs per file and tool.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${1:-$ROOT/../shared/corpus}
OUT=$ROOT/bench/out
BUILD=${BUILD_DIR:-$ROOT/build-bench}
RUNS=${RUNS:-5}
TARGET_RATIO=2

# 1. Tools: time, pdftotext and hyperfine from Debian when missing.
install() {
  echo "installing $1 (apt-get)" >&2
  apt-get install -y "$1" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$1" >/dev/null; }
}
[ -x /usr/bin/time ] || install time
command -v pdftotext >/dev/null || install poppler-utils
command -v hyperfine >/dev/null || install hyperfine || true

# 2. gongkai, Release, unless given.
mkdir -p "$OUT/logs"
if [ -z "${GONGKAI:-}" ]; then
  { cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF &&
    cmake --build "$BUILD" --target gongkai; } >"$OUT/logs/pdf_read-cmake.log" 2>&1 ||
    { tail -n 30 "$OUT/logs/pdf_read-cmake.log" >&2; echo "building gongkai failed" >&2; exit 1; }
  GONGKAI=$BUILD/gongkai
fi

# mean_seconds CMD: the mean wall time of RUNS runs (after one warm-up).
mean_seconds() {
  if command -v hyperfine >/dev/null; then
    local csv
    csv=$(mktemp)
    hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-csv "$csv" "$1" >/dev/null 2>&1
    awk -F, 'NR == 2 { printf "%.4f", $2 }' "$csv"
    rm -f "$csv"
  else
    bash -c "$1" >/dev/null 2>&1
    local start end
    start=$(date +%s.%N)
    for _ in $(seq "$RUNS"); do bash -c "$1" >/dev/null 2>&1; done
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v n="$RUNS" 'BEGIN { printf "%.4f", (e - s) / n }'
  fi
}

# peak_mb CMD: the peak RSS of one run, in MB.
peak_mb() {
  # shellcheck disable=SC2086
  /usr/bin/time -f %M -o "$OUT/logs/pdf_read-rss" $1 >/dev/null 2>&1 || true
  awk '{ printf "%.0f", $1 / 1024 }' "$OUT/logs/pdf_read-rss"
}

# 3. Every PDF of the corpus but bad/ (a scan and an HTML page: nothing to read).
mapfile -t FILES < <(find "$CORPUS" -name '*.pdf' -not -path '*/bad/*' | LC_ALL=C sort)
[ ${#FILES[@]} -gt 0 ] || { echo "no PDFs under $CORPUS" >&2; exit 1; }
TOOL=$(command -v hyperfine >/dev/null && echo "hyperfine -N, $RUNS runs after 1 warm-up" ||
       echo "date loop, $RUNS runs after 1 warm-up")

REPORT=$OUT/pdf_read.md
{
  echo "### PDF reading: gongkai vs pdftotext -bbox-layout"
  echo
  echo "$(date +%F), $(nproc) cores, $(pdftotext -v 2>&1 | head -n 1), $("$GONGKAI" --version); $TOOL."
  echo
  echo "| file | pages | KB | pdftotext -bbox-layout (s) | gongkai grid --lines (s) | ratio | peak RSS pdftotext / gongkai (MB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} >"$REPORT"

total_p=0 total_g=0 max_ratio=0
for f in "${FILES[@]}"; do
  name=${f#"$CORPUS"/}
  pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  kb=$(( $(stat -c %s "$f") / 1024 ))
  p=$(mean_seconds "pdftotext -bbox-layout $f /dev/null")
  g=$(mean_seconds "$GONGKAI grid --lines $f -o /dev/null")
  pm=$(peak_mb "pdftotext -bbox-layout $f /dev/null")
  gm=$(peak_mb "$GONGKAI grid --lines $f -o /dev/null")
  ratio=$(awk -v p="$p" -v g="$g" 'BEGIN { printf "%.2f", g / p }')
  total_p=$(awk -v a="$total_p" -v b="$p" 'BEGIN { printf "%.4f", a + b }')
  total_g=$(awk -v a="$total_g" -v b="$g" 'BEGIN { printf "%.4f", a + b }')
  max_ratio=$(awk -v a="$max_ratio" -v b="$ratio" 'BEGIN { print (b > a ? b : a) }')
  echo "| \`$name\` | $pages | $kb | $p | $g | $ratio | $pm / $gm |" >>"$REPORT"
  echo "$name: pdftotext $p s, gongkai $g s ($ratio×)" >&2
done
total_ratio=$(awk -v p="$total_p" -v g="$total_g" 'BEGIN { printf "%.2f", g / p }')
verdict=$(awk -v r="$total_ratio" -v t="$TARGET_RATIO" 'BEGIN { print (r <= t ? "met" : "NOT met") }')
{
  echo "| **total (${#FILES[@]} files)** | | | **$total_p** | **$total_g** | **$total_ratio** | |"
  echo
  echo "Target gongkai ≤ ${TARGET_RATIO}× pdftotext -bbox-layout over the corpus: $verdict" \
       "(total ratio $total_ratio; worst file $max_ratio×)."
} >>"$REPORT"
cat "$REPORT"
