#!/usr/bin/env bash
# Seed corpus for the fuzz_parse target (see docs/fuzzing.md):
#
#   scripts/fuzz-seeds.sh OUT_DIR [MAX_PDF_KB]
#
# Fills OUT_DIR/text with the text samples (content/ and ../shared/samples)
# and OUT_DIR/pdf with real PDFs no larger than MAX_PDF_KB (default 300):
# tests/data/pdf and ../shared/corpus (its bad/ files too: a scan and an HTML
# page saved as .pdf), plus one-page PDFs cut from the corpus with pdfseparate
# (small inputs mutate and run fast). Files are named by their SHA-1, as
# libFuzzer names its own (one-page cuts by their source's SHA-1 and page),
# so running it twice gives the same seeds in the same order.
set -euo pipefail

OUT=${1:?usage: scripts/fuzz-seeds.sh OUT_DIR [MAX_PDF_KB]}
MAX_KB=${2:-300}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$ROOT/../shared
mkdir -p "$OUT/text" "$OUT/pdf"

# seed DIR FILE: copies FILE into DIR under its SHA-1.
seed() { local to; to="$1/$(sha1sum "$2" | cut -c1-40)"; cp "$2" "$to" && chmod u+w "$to"; }

for f in "$ROOT"/content/*.txt "$SHARED"/samples/*.txt; do
  [ -f "$f" ] && seed "$OUT/text" "$f"
done

mapfile -t PDFS < <(find "$ROOT/tests/data/pdf" "$SHARED/corpus" -name '*.pdf' -size -"$MAX_KB"k 2>/dev/null |
                    LC_ALL=C sort)
for f in "${PDFS[@]}"; do seed "$OUT/pdf" "$f"; done

# One-page PDFs: the first and second page of each corpus file (poppler's
# pdfseparate keeps only what the page uses, so most are 10-100 KB).
if command -v pdfseparate >/dev/null; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  while IFS= read -r f; do
    pdfseparate -f 1 -l 2 "$f" "$tmp/page-%d.pdf" 2>/dev/null || continue
    # Named by the source file's SHA-1 and the page, not by their own bytes:
    # pdfseparate writes a fresh /ID each run, and the driver orders seeds by
    # name, so content names would reorder the seeds (and the whole run).
    for p in "$tmp"/page-*.pdf; do
      name="$OUT/pdf/$(sha1sum "$f" | cut -c1-40)-$(basename "$p" .pdf)"
      if [ -f "$p" ] && [ "$(stat -c %s "$p")" -le $((MAX_KB * 1024)) ]; then
        cp "$p" "$name" && chmod u+w "$name"
        # The first page encrypted as "protected" PDFs are (no user password;
        # RC4 and AES-256), so the run reaches the decryption before poppler
        # (pdf_decrypt.cc). qpdf's static ID and IV keep the seeds the same.
        if [ "$(basename "$p")" = page-1.pdf ] && command -v qpdf >/dev/null; then
          qpdf --static-id --static-aes-iv --allow-weak-crypto --encrypt "" owner 40 -- "$p" "$name-rc4" 2>/dev/null || true
          qpdf --static-id --static-aes-iv --encrypt "" owner 256 -- "$p" "$name-aes" 2>/dev/null || true
        fi
      fi
      rm -f "$p"
    done
  done < <(find "$SHARED/corpus" -name '*.pdf' -not -path '*/bad/*' | LC_ALL=C sort)
fi

echo "$(ls "$OUT/text" | wc -l) text seeds in $OUT/text, $(ls "$OUT/pdf" | wc -l) PDF seeds in $OUT/pdf" >&2
