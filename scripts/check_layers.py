#!/usr/bin/env python3
"""Layer check for the proposed generator/<layer>/ tree (CI, beside the CMake include-path rule).
Fails on (1) an #include "x.h" whose header lives in a layer the includer may not use,
(2) a cycle between modules (foo.h+foo.cc) inside one layer, (3) a header name used twice.
Usage: scripts/check_layers.py generator/   (from the project root; a copy of
../shared/design/check_layers.py, kept in step with generator/CMakeLists.txt)"""
import os, re, sys, collections
LAYERS = {  # layer: layers it may include (itself implied); keep in step with generator/CMakeLists.txt
    'core': [], 'render': ['core'], 'read': ['core'], 'tables': ['read', 'core'],
    'meaning': ['tables', 'read', 'core'], 'audit': ['meaning', 'tables', 'read', 'core'],
    'document': ['audit', 'meaning', 'tables', 'read', 'core'],
    'site': ['document', 'audit', 'meaning', 'tables', 'read', 'core'],
    'pages': ['site', 'render', 'document', 'audit', 'meaning', 'tables', 'read', 'core'],
    'build': ['pages', 'site', 'render', 'document', 'audit', 'meaning', 'tables', 'read', 'core'],
    'cli': list(['build', 'pages', 'site', 'render', 'document', 'audit', 'meaning', 'tables', 'read', 'core']),
}
root = sys.argv[1] if len(sys.argv) > 1 else 'generator'
where, errors = {}, []
for layer in LAYERS:
    for f in os.listdir(os.path.join(root, layer)) if os.path.isdir(os.path.join(root, layer)) else []:
        if f in where: errors.append(f'{f}: in {where[f]}/ and {layer}/ (header names must be unique)')
        where[f] = layer
graph = collections.defaultdict(set)
for f, layer in where.items():
    for n, line in enumerate(open(os.path.join(root, layer, f), encoding='utf-8'), 1):
        m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
        if not m or m.group(1) not in where: continue
        to = where[m.group(1)]
        if to != layer and to not in LAYERS[layer]:
            errors.append(f'{root}/{layer}/{f}:{n}: {layer}/ may not include {to}/{m.group(1)}')
        a, b = f.rsplit('.', 1)[0], m.group(1).rsplit('.', 1)[0]
        if to == layer and a != b: graph[(layer, a)].add((layer, b))
state = {}
def visit(v, path):
    state[v] = 1
    for w in graph[v]:
        if state.get(w) == 1: errors.append('cycle in %s/: %s' % (v[0], ' -> '.join(x[1] for x in path[path.index(w):] + [w])))
        elif w not in state: visit(w, path + [w])
    state[v] = 2
for v in list(graph):
    if v not in state: visit(v, [v])
print('\n'.join(errors) or 'layers ok')
sys.exit(1 if errors else 0)
