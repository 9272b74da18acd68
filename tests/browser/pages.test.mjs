// Every page of the built site loads from file:// with no console error, no
// script error, no failed load and no request leaving file://; one
// screenshot per page kind goes to tests/browser/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, buildSite, fileUrl, launchBrowser, listFiles, pageKinds, removeSite, watchedPage } from './site.mjs';

let site, browser;
before(async () => {
  site = buildSite('pages');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

test('every page loads without console errors or non-file requests', async () => {
  const { page, problems } = await watchedPage(browser);
  const pages = listFiles(site, '.html');
  assert.ok(pages.length >= 8, `expected at least the 8 page kinds, found ${pages.length} pages`);
  for (const rel of pages) {
    await page.goto(fileUrl(site, rel), { waitUntil: 'load' });
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', `${rel}: <html lang>`);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.offsiteRequests, []);
  await page.close();
});

test('saves a screenshot of each page kind', async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const { page, problems } = await watchedPage(browser);
  const kinds = pageKinds(site);
  for (const [kind, rel] of Object.entries(kinds)) {
    // The search page shows results for a query, as a reader would see it.
    const url = fileUrl(site, rel) + (kind === 'search' ? '?q=' + encodeURIComponent('巡察') : '');
    await page.goto(url, { waitUntil: 'load' });
    const file = path.join(ARTIFACTS, `${kind}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(fs.statSync(file).size > 1000, `${file} looks empty`);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.offsiteRequests, []);
  await page.close();
});

test('pages are readable without JavaScript', async () => {
  // Scripts blocked: what a reader with JavaScript off sees.
  const page = await browser.context.newPage();
  await page.route(/\.js$/, (route) => route.abort());
  const kinds = pageKinds(site);
  await page.goto(fileUrl(site, kinds['unit-year']));
  assert.ok((await page.locator('h1').count()) >= 1, 'unit-year page has an h1 without JS');
  assert.ok((await page.locator('table').count()) >= 1, 'unit-year page shows its tables without JS');
  await page.goto(fileUrl(site, kinds.compare));
  assert.ok((await page.locator('#compare-units option').count()) >= 2,
    'compare page pre-renders the unit options without JS');
  await page.close();
});
