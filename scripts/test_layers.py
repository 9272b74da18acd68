#!/usr/bin/env python3
"""Prints the layer each tests/**/*_test.cc belongs in: the lowest layer whose
library reaches every header the test includes (its own #include "..." lines,
the test helpers', and ParseSample, which needs document/)."""
import pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Each layer and the layers it links directly (generator/CMakeLists.txt).
DEPS = {"core": [], "render": ["core"], "read": ["core"], "tables": ["read"],
        "meaning": ["tables"], "audit": ["meaning"], "document": ["audit"],
        "site": ["document"], "pages": ["site", "render"], "build": ["pages"],
        "cli": ["build"]}
ORDER = list(DEPS)
# The test helpers' headers and the layer each needs.
HELPERS = {"test_util.h": "core", "test_corpus.h": "core", "pdf_writer.h": "core",
           "parse_sample.h": "document"}

def below(layer):
    seen, todo = set(), [layer]
    while todo:
        l = todo.pop()
        if l not in seen:
            seen.add(l)
            todo += DEPS[l]
    return seen

def main():
    header_layer = dict(HELPERS)
    for h in (ROOT / "generator").glob("*/*.h"):
        header_layer[h.name] = h.parent.name
    tests = sorted(p for p in (ROOT / "tests").glob("**/*_test.cc")
                   if not {"layering", "browser", "site_checks"} & set(p.parts))
    for test in tests:
        text = test.read_text()
        needed = {"core"}
        for name in re.findall(r'^#include "([^"]+)"', text, re.M):
            if name not in header_layer:
                sys.exit(f"{test}: unknown header {name}")
            needed.add(header_layer[name])
        if re.search(r"\bParseSample\(", text):
            needed.add("document")
        layer = next(l for l in ORDER if needed <= below(l))
        top = sorted(needed, key=ORDER.index)
        print(f"{test.relative_to(ROOT)}\t{layer}\t{' '.join(top)}")

main()
