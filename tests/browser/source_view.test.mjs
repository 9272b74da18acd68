// A source for every number: an amount on a unit-year page links the line of
// the source view that prints it, and that line is highlighted when the link
// is followed from file://. Sample 002 (中共长治市上党区委巡察工作办公室, 2023)
// prints 支出决算表's 合计 row, 227.61 (万元), on line 145 of its text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, fileUrl, launchBrowser, removeSite, watchedPage } from './site.mjs';

let site, browser, dir;
before(async () => {
  site = buildSite('source-view');
  browser = await launchBrowser();
  for (const unit of fs.readdirSync(path.join(site, 'units'))) {
    const page = path.join('units', unit, '2023', 'index.html');
    const file = path.join(site, page);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('<h1>中共长治市上党区委巡察工作办公室')) dir = path.dirname(page);
  }
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

test('following an amount opens its source line, highlighted', async () => {
  assert.ok(dir, 'the unit-year page of sample 002');
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, path.join(dir, 'index.html')));
  const cell = page.locator('a.cell-source[href="source-1.html#L145"]').first();
  assert.equal((await cell.textContent()).trim(), '227.61');
  await Promise.all([page.waitForURL(/source-1\.html#L145$/), cell.click()]);
  const line = page.locator('#L145');
  assert.match(await line.textContent(), /^145.*227\.61/);
  const marked = await page.evaluate(() => {
    const el = document.querySelector(':target');
    return { id: el && el.id, background: el && getComputedStyle(el).backgroundColor };
  });
  assert.deepEqual(marked, { id: 'L145', background: 'rgb(255, 243, 176)' });
  // Only the target is marked.
  assert.equal(await page.locator('#L144').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.deepEqual(problems.consoleErrors, []);
});
