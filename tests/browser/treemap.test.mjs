// The treemaps ("where the money goes", generator/treemap.h) render from
// file:// without JavaScript, and their rectangles' areas, read from the SVG
// attributes, add up to the whole picture, each in proportion to its amount.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, fileUrl, launchBrowser, listFiles, removeSite } from './site.mjs';

let site, browser;
before(async () => {
  site = buildSite('treemap');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

// Every treemap on the page: its box, total and top-level rectangles.
async function treemaps(page) {
  return page.locator('svg.treemap').evaluateAll((svgs) => svgs.map((svg) => {
    const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
    const rects = [...svg.querySelectorAll('rect.tm-rect')].map((r) => ({
      depth: Number(r.dataset.depth),
      cents: Number(r.dataset.cents),
      area: Number(r.getAttribute('width')) * Number(r.getAttribute('height')),
      title: r.parentElement.querySelector('title').textContent,
    }));
    const box = svg.getBoundingClientRect();
    return { w, h, total: Number(svg.dataset.totalCents), rects, shown: box.width > 100 && box.height > 50 };
  }));
}

function checkAreas(map, where) {
  const top = map.rects.filter((r) => r.depth === 0);
  assert.ok(top.length >= 1, `${where}: a treemap without rectangles`);
  const area = top.reduce((s, r) => s + r.area, 0);
  assert.ok(Math.abs(area - map.w * map.h) < 0.5, `${where}: top-level areas sum to ${area}, not ${map.w * map.h}`);
  assert.equal(top.reduce((s, r) => s + r.cents, 0), map.total, `${where}: Σ top-level amounts = total`);
  for (const r of top) {
    const share = r.area / (map.w * map.h), expected = r.cents / map.total;
    assert.ok(Math.abs(share - expected) < 1e-3, `${where}: ${r.title} has ${share} of the area, not ${expected}`);
    assert.match(r.title, /：-?[\d,.]+ 万元$/, `${where}: a rectangle's title names its amount`);
  }
}

test('the unit-year and comparison treemaps render without JS and their areas add up', async () => {
  const page = await browser.context.newPage();
  await page.route(/\.js$/, (route) => route.abort());
  const pages = listFiles(site, '.html').filter((p) => /^(units\/[^/]+\/\d{4}|compare\/\d{4})\/index\.html$/.test(p));
  let unitYear = 0, compare = 0;
  for (const rel of pages) {
    await page.goto(fileUrl(site, rel), { waitUntil: 'load' });
    for (const map of await treemaps(page)) {
      assert.ok(map.shown, `${rel}: the treemap is drawn`);
      checkAreas(map, rel);
      if (rel.startsWith('units/')) unitYear++; else compare++;
    }
  }
  assert.ok(unitYear >= 1, 'at least one unit-year page has a treemap');
  assert.ok(compare >= 1, 'at least one comparison page has a treemap');
  await page.close();
});

test('sample 003 (临夏 2024 budget): the treemap draws 表六 by 类', async () => {
  const page = await browser.context.newPage();
  const rel = listFiles(site, '.html').find((p) => /^units\/zhong-gong-lin-xia[^/]*\/2024\/index\.html$/.test(p));
  assert.ok(rel, 'the 临夏 2024 unit-year page is built');
  await page.goto(fileUrl(site, rel), { waitUntil: 'load' });
  const [map] = await treemaps(page);
  // 表六 lines 406-413: 201 145.53 + 208 16.11 + 210 8.44 = 总计 170.08 万元.
  assert.equal(map.total, 170080000);
  assert.deepEqual(map.rects.filter((r) => r.depth === 0).map((r) => r.cents), [145530000, 16110000, 8440000]);
  assert.ok(await page.locator('details.treemap-table table').count() >= 1, 'the figures are also a table');
  await page.close();
});
