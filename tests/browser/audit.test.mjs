// The audit overview (audit/index.html) lists every disclosure with its
// transparency score; opened from file:// it sorts and filters, and without
// JavaScript it still shows the whole table. Scores worked out by hand in
// tests/transparency_score_test.cc: 000 → 74, 002 → 94, 003 → 96; 001 and
// 004 are performance documents, not scored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, fileUrl, launchBrowser, removeSite, watchedPage } from './site.mjs';

const OVERVIEW = 'audit/index.html';
let site, browser;
before(async () => {
  site = buildSite('audit');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

async function visibleUnits(page) {
  return page.locator('#audit-overview tbody tr').evaluateAll((rows) =>
    rows.filter((r) => !r.hidden).map((r) => r.cells[0].textContent.trim()));
}

test('without JavaScript the overview is a plain table of all five documents', () => {
  const html = fs.readFileSync(path.join(site, OVERVIEW), 'utf8');
  assert.equal((html.match(/<tr data-kind=/g) || []).length, 5);
  assert.match(html, /<div class="audit-filter" id="audit-filter" role="search" hidden>/, 'the filter waits for the script');
  assert.match(html, /data-sort-value="74">74</);
  assert.match(html, /data-sort-value="94">94</);
  assert.match(html, /data-sort-value="96">96</);
  const home = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  assert.match(home, /href="audit\/index.html"/, 'linked from the home page');
  assert.ok(fs.existsSync(path.join(site, 'audit/methodology/index.html')), 'methodology page');
});

test('the overview filters by unit, kind and year from file://', async () => {
  const { page, problems } = await watchedPage(browser);
  const csp = [];
  page.on('console', (msg) => { if (/content.security.policy/i.test(msg.text())) csp.push(msg.text()); });
  await page.goto(fileUrl(site, OVERVIEW));
  await page.locator('#audit-filter').waitFor({ state: 'visible' });
  assert.equal((await visibleUnits(page)).length, 5);

  await page.fill('#audit-filter-unit', '株洲');
  const zhuzhou = await visibleUnits(page);
  assert.deepEqual([...zhuzhou].sort(), ['中共株洲市委巡察工作领导小组办公室', '中共株洲市荷塘区委巡察工作领导小组办公室'].sort());
  await page.selectOption('#audit-filter-year', '2024');
  assert.deepEqual(await visibleUnits(page), ['中共株洲市委巡察工作领导小组办公室']);
  assert.match(await page.locator('#audit-shown').textContent(), /显示 1 \/ 5/);

  await page.fill('#audit-filter-unit', '');
  await page.selectOption('#audit-filter-year', '');
  await page.selectOption('#audit-filter-kind', '部门预算');
  assert.deepEqual([...(await visibleUnits(page))].sort(),
    ['中共临夏市委巡察工作领导小组办公室', '中共株洲市荷塘区委巡察工作领导小组办公室'].sort());
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.offsiteRequests, []);
  assert.deepEqual(csp, []);
  await page.close();
});

test('the overview sorts by score both ways, unscored documents last', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, OVERVIEW));
  const table = page.locator('#audit-overview');
  const column = await table.evaluate((t) =>
    Array.from(t.tHead.rows[0].cells).findIndex((c) => c.textContent.trim().startsWith('评分')));
  assert.ok(column > 0);
  const scores = () => table.evaluate((t, col) => Array.from(t.tBodies[0].rows)
    .map((r) => r.cells[col].textContent.trim()), column);
  const header = table.locator('thead th').nth(column);
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await scores(), ['74', '94', '96', '不评分', '不评分']);
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.deepEqual((await scores()).slice(0, 3), ['96', '94', '74']);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('each unit-year page shows its score and the line items it lost', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, OVERVIEW));
  // Sample 003 (临夏): 96, two 勾稽 warnings at lines 428 and 429 of 表七.
  await page.locator('#audit-overview a', { hasText: '临夏' }).click();
  const section = page.locator('#transparency-1');
  await section.waitFor();
  assert.match(await section.locator('h3').textContent(), /96/);
  const lost = await section.locator('table.score-lost tbody tr').evaluateAll((rows) =>
    rows.map((r) => r.cells[3].textContent.trim()));
  assert.deepEqual(lost, ['第 428 行', '第 429 行']);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
