// The link checker itself: each kind of bad link in a small site is caught,
// and the good ones pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from './check_links.mjs';

function siteWith(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-linkcheck-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('accepts relative links to files, ids and entity-encoded queries', () => {
  const dir = siteWith({
    'index.html': '<a href="units/a/index.html#y2024">a</a><a href="#top" id="top">t</a>' +
      '<a href="search/index.html?q=1&amp;x=2">s</a><script src="assets/s.js"></script>',
    'units/a/index.html': '<h2 id="y2024">2024</h2><a href="../../index.html">home</a>' +
      '<link rel="stylesheet" href="../../assets/style.css">',
    'search/index.html': '<form action="index.html"></form>',
    'assets/s.js': '', 'assets/style.css': 'body{background:url("bg.png")}', 'assets/bg.png': 'x',
  });
  assert.deepEqual(checkSite(dir).errors, []);
  fs.rmSync(dir, { recursive: true });
});

test('rejects external, root-relative, folder, missing and fragment-less targets', () => {
  const dir = siteWith({
    'index.html': [
      '<a href="https://example.org/">x</a>', '<a href="//cdn.example/x.js">x</a>', '<a href="/index.html">x</a>',
      '<a href="units/">x</a>', '<a href="units/b/index.html">x</a>', '<a href="#nowhere">x</a>',
      '<img src="../outside.png" alt="">', '<a href="javascript:alert(1)">x</a>', '<a href="">x</a>',
    ].join('\n'),
    'units/a/index.html': '',
    'assets/style.css': '@import "missing.css";',
  });
  const errors = checkSite(dir).errors;
  const expected = [
    /https:\/\/example\.org\/.*absolute URL/, /\/\/cdn\.example.*protocol-relative/, /"\/index\.html".*root-relative/,
    /"units\/".*folder units/, /no such file units\/b\/index\.html/, /no id "nowhere" in index\.html/,
    /points outside the site/, /javascript:alert.*absolute URL/, /empty URL/, /missing\.css.*no such file/,
  ];
  for (const re of expected) assert.ok(errors.some((e) => re.test(e)), `expected an error matching ${re} in:\n${errors.join('\n')}`);
  assert.equal(errors.length, expected.length, errors.join('\n'));
  fs.rmSync(dir, { recursive: true });
});
