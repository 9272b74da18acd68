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

// Reaches a unit-year page from the current page: directly if it links
// one, else through a unit page.
async function toUnitYear(page) {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.href.split('#')[0]));
  if (!hrefs.some((h) => UNIT_YEAR.test(h))) {
    await clickLink(page, UNIT);
    assert.match(await page.locator('h1').first().textContent(), /巡察/, 'every sample unit is a 巡察 office');
  }
  await clickLink(page, UNIT_YEAR);
}

async function assertUnitYearPage(page) {
  assert.match(await page.locator('h1').first().textContent(), /巡察/, 'every sample unit is a 巡察 office');
  assert.ok((await page.locator('main table.data').count()) >= 1, 'unit-year page renders its tables');
}

test('home -> unit-year page by clicking links, and the header leads home', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site));
  await toUnitYear(page);
  await assertUnitYearPage(page);
  // The site name in the header leads back home.
  await Promise.all([page.waitForURL(/\/index\.html$/), page.locator('header a.site-name, header a[href$="index.html"]').first().click()]);
  assert.equal(page.url(), fileUrl(site));
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.offsiteRequests, []);
  await page.close();
});

test('home -> region -> unit-year -> its unit page -> unit-year by clicking links', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site));
  await clickLink(page, /\/regions\/[^/]+\/index\.html$/);
  await toUnitYear(page);
  await assertUnitYearPage(page);
  const unitYearUrl = page.url();
  await clickLink(page, UNIT);
  assert.ok(unitYearUrl.startsWith(page.url().replace(/index\.html$/, '')), 'the unit page is the parent of the unit-year page');
  await clickLink(page, UNIT_YEAR);
  await assertUnitYearPage(page);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.offsiteRequests, []);
  await page.close();
});
