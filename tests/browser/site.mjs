// Shared by the browser tests and the site checks: find the tools, build a
// site into a fresh temp dir, launch Debian's chromium headless. Anything
// missing is a loud failure, never a silent skip: scripts/setup.sh installs
// chromium and runs `npm ci`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.GONGKAI_CHROMIUM || '/usr/bin/chromium';
const HOW_TO_FIX = 'run scripts/setup.sh (installs chromium and runs `npm ci`)';

// Requires an npm package from the repo's node_modules, or throws why not.
export function requireFromRepo(name) {
  const require = createRequire(path.join(REPO, 'package.json'));
  try {
    return require(name);
  } catch (e) {
    throw new Error(`npm package "${name}" is missing from ${REPO}/node_modules: ${HOW_TO_FIX}`);
  }
}

function gongkaiBinary() {
  const binary = process.env.GONGKAI_BINARY || path.join(REPO, 'build', 'gongkai');
  if (!fs.existsSync(binary)) {
    throw new Error(`gongkai binary not found at ${binary}: build it (cmake --build build) or set GONGKAI_BINARY`);
  }
  return binary;
}

// Copies a hand-written fixture site and the real assets the build would
// add (used while developing JS before `gongkai build` existed, and to test
// JS behaviour the samples do not exercise).
function assembleFixture(fixtureDir, out) {
  fs.cpSync(fixtureDir, out, { recursive: true });
  const assets = path.join(REPO, 'templates', 'assets');
  fs.cpSync(assets, path.join(out, 'assets'), { recursive: true });
  fs.copyFileSync(path.join(assets, 'vendor', 'minisearch.min.js'), path.join(out, 'assets', 'minisearch.min.js'));
}

// Returns the root dir of a freshly built site. GONGKAI_SITE_FIXTURE=<dir>
// uses a fixture site instead of running the generator.
export function buildSite(label = 'site') {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `gongkai-${label}-`));
  const fixture = process.env.GONGKAI_SITE_FIXTURE;
  if (fixture) {
    assembleFixture(path.resolve(REPO, fixture), out);
    return out;
  }
  const content = process.env.GONGKAI_CONTENT || path.join(REPO, 'content');
  try {
    execFileSync(gongkaiBinary(), ['build', '--content', content, '--out', out],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  } catch (e) {
    const detail = e.stderr ? e.stderr.toString() : e.message;
    throw new Error(`gongkai build failed (exit ${e.status}):\n${detail}`);
  }
  if (!fs.existsSync(path.join(out, 'index.html'))) {
    throw new Error(`gongkai build wrote no index.html into ${out}`);
  }
  return out;
}

export function removeSite(dir) {
  if (dir && dir.startsWith(os.tmpdir()) && !process.env.GONGKAI_KEEP_SITE) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Every file under dir (relative paths, '/'-separated, sorted).
export function listFiles(dir, ext) {
  const found = [];
  (function walk(rel) {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (!ext || entry.name.endsWith(ext)) found.push(child);
    }
  })('');
  return found.sort();
}

export function fileUrl(siteDir, rel = 'index.html') {
  return pathToFileURL(path.join(siteDir, rel)).href;
}

// Launches chromium with a fresh profile and no network side channels.
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: ${HOW_TO_FIX}`);
  }
  const { chromium } = requireFromRepo('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens a page that records console errors, page errors and every request
// whose URL scheme is not file: (data: images would also count: the site
// must not need them).
export async function watchedPage(browser) {
  const page = await browser.context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], offsiteRequests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(`${page.url()}: ${err.message}`));
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) problems.offsiteRequests.push(req.url());
  });
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
  return { page, problems };
}

export const ARTIFACTS = path.join(REPO, 'tests', 'browser', 'artifacts');

// One representative page of each kind (the contract's output tree). A
// missing kind is an error: every kind must be built.
export function pageKinds(siteDir) {
  const pages = listFiles(siteDir, '.html');
  // The largest matching page: the richest example of its kind (most
  // tables, most units), for screenshots and sorting.
  const size = (p) => fs.statSync(path.join(siteDir, p)).size;
  const first = (re) => pages.filter((p) => re.test(p)).sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0];
  const kinds = {
    home: first(/^index\.html$/),
    unit: first(/^units\/[^/]+\/index\.html$/),
    'unit-year': first(/^units\/[^/]+\/\d{4}\/index\.html$/),
    'compare-year': first(/^compare\/\d{4}\/index\.html$/),
    compare: first(/^compare\/index\.html$/),
    glossary: first(/^glossary\/index\.html$/),
    search: first(/^search\/index\.html$/),
    404: first(/^404\.html$/),
  };
  const missing = Object.keys(kinds).filter((k) => !kinds[k]);
  if (missing.length) throw new Error(`site in ${siteDir} lacks page kinds: ${missing.join(', ')}`);
  return kinds;
}
