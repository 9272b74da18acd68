// A reader starts at the home page and reaches a unit-year page by clicking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, fileUrl, launchBrowser, removeSite, watchedPage } from './site.mjs';

const UNIT = /\/units\/[^/]+\/index\.html$/;
const UNIT_YEAR = /\/units\/[^/]+\/\d{4}\/index\.html$/;

let site, browser;
before(async () => {
  site = buildSite('navigate');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

// Clicks the first link in <main> whose resolved URL matches re.
async function clickLink(page, re) {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.href));
  const index = hrefs.findIndex((h) => re.test(h.split('#')[0]));
  assert.ok(index >= 0, `${page.url()} has a link matching ${re}; links: ${hrefs.join(' ')}`);
  await Promise.all([page.waitForURL(re), page.locator('main a[href]').nth(index).click()]);
}

test('home -> unit -> unit-year by clicking links', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site));
  await clickLink(page, UNIT);
  const unitTitle = await page.locator('h1').first().textContent();
  assert.match(unitTitle, /巡察/, 'every sample unit is a 巡察 office');
  await clickLink(page, UNIT_YEAR);
  assert.match(await page.locator('h1').first().textContent(), /巡察/);
  assert.ok((await page.locator('main table.data').count()) >= 1, 'unit-year page renders its tables');
  // The site name in the header leads back home.
  await Promise.all([page.waitForURL(/\/index\.html$/), page.locator('header a[href$="index.html"]').first().click()]);
  assert.equal(page.url(), fileUrl(site));
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.offsiteRequests, []);
  await page.close();
});
