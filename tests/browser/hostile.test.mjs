// Issue 10's hostile corpus, in one site: a content folder the test makes of
// real samples carrying payloads (script tags, event handlers, javascript:
// links, spreadsheet formulas, a unit named like a path) beside broken and
// oversized files (a 200 MB file, a 10 MB line, a decompression bomb, a
// font-map bomb, an empty and a binary file, a symlink cycle). The built
// site must give every file an outcome, run no payload when chromium parses
// and runs each page from file://, hold payloads only inside JSON strings,
// carry no formula in any CSV field, and
// write nothing outside site/ (and gongkai's cache beside it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO, fileUrl, launchBrowser, listFiles, watchedPage } from './site.mjs';

const SAMPLE_002 = path.join(REPO, 'content', '002_c1cbd9e901d50c06.txt');
const SAMPLE_000 = path.join(REPO, 'content', '000_6150163eff878c53.txt');
const UNIT_002 = '中共长治市上党区委巡察工作办公室';
const UNIT_000 = '中共株洲市荷塘区委巡察工作领导小组办公室';

let root, content, site, browser, before_files, build_output;

// Every file under `dir` (relative paths), not following links.
function walk(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out);
    else out.push(path.relative(base, p));
  }
  return out;
}

// A PDF whose one stream inflates to `mb` MB of zeros.
function bombPdf(mb) {
  const data = zlib.deflateSync(Buffer.alloc(mb << 20), { level: 9 });
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
    data,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n')]);
}

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-hostile-'));
  content = path.join(root, 'content');
  site = path.join(root, 'site');
  fs.mkdirSync(content);
  // Payloads in a real disclosure: the unit name, a table's row label, a
  // glossary item, a heading.
  let text = fs.readFileSync(SAMPLE_002, 'utf8');
  text = text.replaceAll(UNIT_002, `${UNIT_002}<img src=x onerror="window.__pwned='unit'">`);
  text = text.replace('201\t一般公共服务支出\t', '201\t=HYPERLINK("http://evil.example","一般公共服务支出")\t');
  text = text.replace('- 一、财政拨款收入：指', '- 一、财政拨款收入"><svg onload="window.__pwned=\'svg\'">：指[点此](javascript:window.__pwned=\'md\') ');
  text = text.replace('第四部分 名词解释\n', '第四部分 名词解释<script>window.__pwned=\'script\'</script>\n');
  fs.writeFileSync(path.join(content, 'payload.txt'), text);
  // A unit named like a path and a reserved Windows device name.
  fs.writeFileSync(path.join(content, 'path-unit.txt'),
    fs.readFileSync(SAMPLE_000, 'utf8').replaceAll(UNIT_000, '../../etc/CON'));
  // Broken and oversized files.
  const big = path.join(content, 'big.txt');
  fs.closeSync(fs.openSync(big, 'w'));
  fs.truncateSync(big, 200 * 1024 * 1024);  // sparse: refused from its size
  fs.writeFileSync(path.join(content, 'long-line.txt'), 'A'.repeat(10 * 1024 * 1024));
  fs.writeFileSync(path.join(content, 'bomb.pdf'), bombPdf(100));
  const regressions = path.join(REPO, 'tests', 'data', 'fuzz-regressions');
  const fontBomb = fs.readdirSync(regressions).find((f) =>
    f.startsWith('crash-') && fs.readFileSync(path.join(regressions, f)).subarray(0, 5).toString() === '%PDF-');
  assert.ok(fontBomb, 'a PDF kept by the fuzz run');
  fs.copyFileSync(path.join(regressions, fontBomb), path.join(content, 'font-map.pdf'));
  fs.writeFileSync(path.join(content, 'empty.txt'), '');
  fs.writeFileSync(path.join(content, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)));
  fs.mkdirSync(path.join(content, 'sub'));
  fs.symlinkSync(content, path.join(content, 'sub', 'loop'));
  before_files = walk(root).sort();

  const binary = path.resolve(process.env.GONGKAI_BINARY || path.join(REPO, 'build', 'gongkai'));
  const run = spawnSync(binary, ['build', '--content', content, '--out', site],
    { cwd: root, encoding: 'utf8', timeout: 300000 });
  assert.equal(run.status, 0, run.stderr);
  build_output = run.stdout + run.stderr;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('every file has an outcome: a unit page or a line on the unread page', () => {
  const unread = fs.readFileSync(path.join(site, 'unread', 'index.html'), 'utf8');
  const listed = [...unread.matchAll(/<tr><td class="text">([^<]*)<\/td><td class="text">([^<]*)<\/td><\/tr>/g)]
    .map((m) => path.basename(m[1]));
  const read = [];
  for (const data of listFiles(site, '.json').filter((f) => /^units\/[^/]+\/[^/]+\/data\.json$/.test(f))) {
    for (const d of JSON.parse(fs.readFileSync(path.join(site, data), 'utf8')).documents) read.push(path.basename(d.file));
  }
  assert.deepEqual([...read].sort(), ['path-unit.txt', 'payload.txt']);
  assert.deepEqual([...listed].sort(), ['big.txt', 'binary.txt', 'bomb.pdf', 'empty.txt', 'font-map.pdf', 'long-line.txt']);
  assert.match(unread, /big.txt<\/td><td class="text">file is 200 MB, over gongkai&apos;s limit of 16 MB/);
  assert.match(unread, /decompression bomb/);
  assert.match(unread, /ToUnicode map/);
  assert.match(build_output, /built 8 documents/);
});

test('no page runs a payload when chromium parses and runs it from file://', async () => {
  const pages = listFiles(site, '.html');
  assert.ok(pages.length > 20, `${pages.length} pages`);
  const { page, problems } = await watchedPage(browser);
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const found = [];
  for (const rel of pages) {
    await page.goto(fileUrl(site, rel));
    const r = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      javascript: [...document.querySelectorAll('[href],[src],[action]')].map((el) =>
        el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action')).filter((u) => /^\s*javascript:/i.test(u)),
      scripts: [...document.scripts].map((s) => s.getAttribute('src') || '(inline)').filter((s) => !/assets\/[a-z.-]+\.js$/.test(s)),
      embeds: document.querySelectorAll('iframe,object,embed,base').length,
    }));
    if (r.pwned || r.handlers.length || r.javascript.length || r.scripts.length || r.embeds) found.push({ rel, ...r });
  }
  assert.deepEqual(found, []);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems.pageErrors, []);
  // The payloads are shown as text where the document prints them: line 3
  // of the source view is the unit name with its markup.
  const view = pages.find((p) => /^units\/[^/]+\/2023\/source-1\.html$/.test(p));
  await page.goto(fileUrl(site, view));
  assert.equal(await page.locator('#L3').textContent(), `3${UNIT_002}<img src=x onerror="window.__pwned='unit'">`);
});

test('no CSV field is a formula', () => {
  const csvs = listFiles(site, '.csv');
  assert.ok(csvs.length >= 3, csvs.join(' '));
  const formulas = [];
  let fields = 0;
  for (const rel of csvs) {
    const text = fs.readFileSync(path.join(site, rel), 'utf8').replace(/^\uFEFF/, '');
    // RFC 4180: quoted fields may hold commas, quotes and line breaks.
    for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|\n|$)/g)) {
      if (m[0] === '') break;
      const field = m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1];
      ++fields;
      if (/^[=+\-@\t\r]/.test(field) && !/^[+-]?\d[\d,]*(\.\d+)?$/.test(field)) formulas.push(`${rel}: ${field}`);
    }
  }
  assert.ok(fields > 1000, `${fields} fields`);
  assert.deepEqual(formulas, []);
  const tables = csvs.find((p) => /2023\/tables\.csv$/.test(p));
  assert.match(fs.readFileSync(path.join(site, tables), 'utf8'), /'=HYPERLINK\(/, 'the formula kept as text');
});

test('every JSON file parses, and the payloads stay inside its strings', () => {
  const jsons = listFiles(site, '.json');
  assert.ok(jsons.length >= 4, jsons.join(' '));
  let payloads = 0;
  const visit = (v) => {
    if (typeof v === 'string') payloads += v.includes('onerror=') || v.includes('javascript:') || v.includes('<script>');
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const rel of jsons) visit(JSON.parse(fs.readFileSync(path.join(site, rel), 'utf8')));
  assert.ok(payloads > 0, 'the payloads are data (strings), kept as the documents print them');
});

test('nothing is written outside site/ and the cache beside it; paths are ASCII slugs', () => {
  const after_files = walk(root).sort();
  const added = after_files.filter((f) => !before_files.includes(f));
  assert.deepEqual(added.filter((f) => !f.startsWith(`site${path.sep}`) && !f.startsWith(`.gongkai${path.sep}`)), []);
  assert.deepEqual(after_files.filter((f) => f.startsWith(`content${path.sep}`)), before_files.filter((f) => f.startsWith(`content${path.sep}`)));
  const odd = walk(site).filter((f) => !/^[A-Za-z0-9._\/-]+$/.test(f) || f.split('/').some((part) => part === '..' || /^con(\..*)?$/i.test(part)));
  assert.deepEqual(odd, []);
});
