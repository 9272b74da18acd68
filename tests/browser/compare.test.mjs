// The compare page shows the units a reader chooses, keeps the choice in the
// URL hash, and the sortable tables sort by exact values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, fileUrl, launchBrowser, pageKinds, removeSite, watchedPage } from './site.mjs';

let site, browser, kinds;
before(async () => {
  site = buildSite('compare');
  kinds = pageKinds(site);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

async function rowNames(page) {
  return page.locator('#compare-output table tbody tr').evaluateAll((rows) =>
    rows.map((r) => r.cells[0].textContent.trim()));
}

test('compare page shows two chosen units and restores them from the hash', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds.compare));
  const units = await page.evaluate(() => window.GONGKAI_COMPARE.units.map((u) => ({ slug: u.slug, name: u.name })));
  assert.ok(units.length >= 2, `compare data holds at least two units, has ${units.length}`);
  for (const u of units) assert.match(u.name, /巡察/, 'every sample unit is a 巡察 office');
  const chosen = [units[units.length - 1], units[0]];
  await page.selectOption('#compare-units', chosen.map((u) => u.slug));
  await page.locator('#compare-output table tbody tr').nth(1).waitFor();
  const names = await rowNames(page);
  assert.deepEqual([...names].sort(), chosen.map((u) => u.name).sort());
  assert.equal(await page.locator('#compare-output svg title').first().count(), 1, 'chart has a title');
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#units=[^&]+&figure=[a-z_]+/);
  assert.deepEqual(decodeURIComponent(hash.match(/units=([^&]*)/)[1]).split(',').sort(),
    chosen.map((u) => u.slug).sort());

  // A fresh page with that hash shows the same comparison.
  const again = await watchedPage(browser);
  await again.page.goto(fileUrl(site, kinds.compare) + hash);
  await again.page.locator('#compare-output table tbody tr').nth(1).waitFor();
  assert.deepEqual(await rowNames(again.page), names);
  assert.deepEqual([...problems.consoleErrors, ...again.problems.consoleErrors], []);
  assert.deepEqual([...problems.offsiteRequests, ...again.problems.offsiteRequests], []);
  await page.close();
  await again.page.close();
});

test('changing the figure re-renders the table with that figure', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds.compare));
  const figures = await page.evaluate(() => window.GONGKAI_COMPARE.figures);
  const last = figures[figures.length - 1];
  await page.selectOption('#compare-figure', last.key);
  assert.match(await page.locator('#compare-output caption').textContent(), new RegExp(last.label));
  assert.match(await page.evaluate(() => location.hash), new RegExp(`figure=${last.key}`));
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('sortable table on the yearly comparison sorts by data-sort-value both ways', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds['compare-year']));
  const table = page.locator('table.sortable').first();
  // The first column whose body cells carry numbers.
  const column = await table.evaluate((t) => {
    const row = t.tBodies[0].rows[0];
    return Array.from(row.cells).findIndex((c) => c.hasAttribute('data-sort-value'));
  });
  assert.ok(column >= 0, 'a numeric column with data-sort-value');
  const values = () => table.evaluate((t, col) => Array.from(t.tBodies[0].rows)
    .map((r) => r.cells[col]?.getAttribute('data-sort-value'))
    .filter((v) => v !== null && v !== '').map(Number), column);
  const header = table.locator('thead tr').last().locator('th').nth(column);
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const up = await values();
  assert.deepEqual(up, [...up].sort((a, b) => a - b));
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const down = await values();
  assert.deepEqual(down, [...up].sort((a, b) => b - a));
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

// Sample 002 (中共长治市上党区委巡察工作办公室, 2023 决算) prints 本年支出合计
// 227.61 万元 (the issue names this figure).
test('compare page shows sample 002\'s 2023 final total expenditure of 227.61 万元',
  { skip: process.env.GONGKAI_SITE_FIXTURE ? 'fixture site has no samples' : false }, async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(fileUrl(site, kinds.compare));
    const slugs = await page.evaluate(() => window.GONGKAI_COMPARE.units
      .filter((u) => /上党区|临夏市/.test(u.name)).map((u) => u.slug));
    assert.equal(slugs.length, 2);
    await page.selectOption('#compare-units', slugs);
    await page.selectOption('#compare-figure', 'total_expenditure');
    await page.selectOption('#compare-kind', 'final');
    const row = page.locator('#compare-output tbody tr', { hasText: '上党区' });
    const years = await page.locator('#compare-output thead th').allTextContents();
    const col = years.findIndex((t) => t.includes('2023'));
    assert.ok(col > 0, `a 2023 column in ${years}`);
    assert.equal((await row.locator('th, td').nth(col).textContent()).trim(), '227.61');
    assert.equal(await row.locator('th, td').nth(col).getAttribute('data-sort-value'), '227.61');
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });

// Sample 004 (中共株洲市委巡察工作领导小组办公室, 2024 绩效自评) states 总分 99.99:
// a score is in 分, never labelled with the amounts' 万元.
test('compare page shows sample 004\'s 2024 self-evaluation score in 分',
  { skip: process.env.GONGKAI_SITE_FIXTURE ? 'fixture site has no samples' : false }, async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(fileUrl(site, kinds.compare));
    const slugs = await page.evaluate(() => window.GONGKAI_COMPARE.units
      .filter((u) => /株洲市委|临夏市/.test(u.name)).map((u) => u.slug));
    assert.equal(slugs.length, 2);
    await page.selectOption('#compare-units', slugs);
    await page.selectOption('#compare-kind', 'performance-evaluation');
    await page.selectOption('#compare-figure', 'score');
    const caption = await page.locator('#compare-output caption').textContent();
    assert.match(caption, /自评得分/);
    assert.match(caption, /分）/);
    assert.doesNotMatch(caption, /万元/);
    const row = page.locator('#compare-output tbody tr', { hasText: '株洲市委' });
    const years = await page.locator('#compare-output thead th').allTextContents();
    const col = years.findIndex((t) => t.includes('2024'));
    assert.ok(col > 0, `a 2024 column in ${years}`);
    assert.equal((await row.locator('th, td').nth(col).textContent()).trim(), '99.99');
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });

// Independent of sort.js's column arithmetic: the cells under a header are
// found by layout (same horizontal centre), then must be in order.
test('every numeric column of every table on the unit-year page sorts by its values', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds['unit-year']));
  const tables = page.locator('table.sortable');
  let checked = 0;
  for (let t = 0; t < await tables.count(); t++) {
    const table = tables.nth(t);
    const buttons = table.locator('thead button.sort-button');
    for (let b = 0; b < await buttons.count(); b++) {
      await buttons.nth(b).click();
      const column = await buttons.nth(b).evaluate((button) => {
        const th = button.closest('th');
        const box = th.getBoundingClientRect();
        const centre = box.left + box.width / 2;
        return Array.from(th.closest('table').tBodies[0].rows).map((row) => {
          const cell = Array.from(row.cells).find((c) => {
            const r = c.getBoundingClientRect();
            return r.left <= centre && centre < r.right;
          });
          return cell && cell.getAttribute('data-sort-value');
        });
      });
      const sortDir = await buttons.nth(b).evaluate((button) => button.closest('th').getAttribute('aria-sort'));
      assert.equal(sortDir, 'ascending');
      const numbers = column.filter((v) => v !== null && v !== undefined && v !== '').map(Number);
      if (numbers.length < 2) continue;
      assert.deepEqual(numbers, [...numbers].sort((x, y) => x - y), `table ${t} column ${b} ascending`);
      checked++;
    }
  }
  assert.ok(checked >= 1, 'at least one numeric column was sorted');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
