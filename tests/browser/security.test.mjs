// Every page carries a Content-Security-Policy (templates/partials/head.mustache)
// that lets only the site's own files run: no inline script or style, no
// plugin, no network. From file:// in chromium the site's scripts and styles
// must still work (search, sort, compare, the table CSVs, the inline SVG
// charts) with not one CSP violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, fileUrl, launchBrowser, listFiles, pageKinds, removeSite, watchedPage } from './site.mjs';

const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "form-action 'self'; base-uri 'none'";

let site, browser, kinds;
before(async () => {
  site = buildSite('security');
  kinds = pageKinds(site);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

// A page that records every CSP violation: the securitypolicyviolation event
// (reported through a binding, which the policy cannot block, and kept over
// navigations) and every console message, of any level, naming the policy.
async function cspWatchedPage() {
  const { page, problems } = await watchedPage(browser);
  const violations = [];
  await page.exposeFunction('__gongkaiCspViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__gongkaiCspViolation(`${e.documentURI}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  page.on('console', (msg) => {
    if (/content.security.policy/i.test(msg.text())) violations.push(`${page.url()}: console ${msg.type()}: ${msg.text()}`);
  });
  return { page, problems, violations };
}

test('every page has the policy in its head, before any script or stylesheet', () => {
  for (const rel of listFiles(site, '.html')) {
    const html = fs.readFileSync(path.join(site, rel), 'utf8');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;
    const at = html.indexOf(meta);
    assert.ok(at > 0, `${rel}: no CSP meta`);
    assert.ok(at < html.indexOf('<link') && at < html.indexOf('<script'), `${rel}: CSP meta comes too late`);
  }
});

test('no CSP violation on any page, and the site\'s own scripts, styles and charts work', async () => {
  const { page, problems, violations } = await cspWatchedPage();
  for (const rel of listFiles(site, '.html')) {
    await page.goto(fileUrl(site, rel), { waitUntil: 'load' });
    // style.css applied, sort.js and search.js ran.
    assert.equal(await page.locator('.skip-link').evaluate((a) => getComputedStyle(a).position), 'absolute', rel);
    assert.equal(await page.evaluate(() => typeof window.GONGKAI_SORT), 'object', `${rel}: sort.js ran`);
    assert.equal(await page.evaluate(() => typeof window.MiniSearch), 'function', `${rel}: minisearch ran`);
  }

  // Search: the dropdown of the home page, then Enter submits the form to the search page.
  await page.goto(fileUrl(site, kinds.home));
  await page.fill('#search-input', '巡察');
  await page.locator('#search-results a').first().waitFor({ state: 'visible', timeout: 5000 });
  await Promise.all([page.waitForURL(/search\/index\.html\?q=/), page.press('#search-input', 'Enter')]);
  await page.locator('#search-page-results > li').first().waitFor({ timeout: 5000 });

  // Unit-year page: the inline SVG charts are drawn and styled, tables sort,
  // a table's CSV is made.
  await page.goto(fileUrl(site, kinds['unit-year']));
  const bars = await page.locator('svg.bar-chart rect').evaluateAll((rects) =>
    rects.map((r) => ({ width: r.getBoundingClientRect().width, fill: getComputedStyle(r).fill })));
  assert.ok(bars.length >= 2, 'the unit-year page has bar charts');
  for (const bar of bars) {
    assert.ok(bar.width > 0, 'every bar is drawn');
    assert.equal(bar.fill, 'rgb(58, 120, 181)', 'bars are filled by style.css (var(--bar))');
  }
  const sortButton = page.locator('table.sortable thead button.sort-button').first();
  await sortButton.click();
  assert.equal(await sortButton.evaluate((b) => b.closest('th').getAttribute('aria-sort')), 'ascending');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.table-csv').first().click()]);
  assert.match(download.suggestedFilename(), /^table-\d+\.csv$/);

  // Compare: choose two units, the table and the SVG chart are drawn by compare.js.
  await page.goto(fileUrl(site, kinds.compare));
  const slugs = await page.evaluate(() => window.GONGKAI_COMPARE.units.slice(0, 2).map((u) => u.slug));
  await page.selectOption('#compare-units', slugs);
  await page.locator('#compare-output table tbody tr').nth(1).waitFor();
  assert.ok(await page.locator('#compare-output svg rect').count() >= 1, 'compare.js draws its chart');

  assert.deepEqual(violations, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.offsiteRequests.filter((u) => !u.startsWith('blob:')), []);
  await page.close();
});

test('the policy is enforced: injected inline script, style and remote image are blocked and reported', async () => {
  const { page, violations } = await cspWatchedPage();
  await page.goto(fileUrl(site, kinds['unit-year']));
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);
    const div = document.createElement('div');
    div.setAttribute('style', 'position: fixed');
    document.body.appendChild(div);
    const img = document.createElement('img');
    const loaded = new Promise((resolve) => { img.onload = () => resolve(true); img.onerror = () => resolve(false); });
    img.src = 'https://example.org/x.png';
    document.body.appendChild(img);
    return { inlineRan: window.__inlineRan === true, position: getComputedStyle(div).position, imageLoaded: await loaded };
  });
  assert.deepEqual(outcome, { inlineRan: false, position: 'static', imageLoaded: false });
  // Reported as the test above would see them: so "no violation" there means none happened.
  await page.waitForTimeout(200);
  const events = violations.filter((v) => !v.includes(': console '));
  for (const directive of ['script-src-elem', 'style-src-attr', 'img-src']) {
    assert.ok(events.some((v) => v.includes(`: ${directive} blocked`)), `${directive} violation reported: ${events.join('; ')}`);
  }
  assert.ok(violations.some((v) => v.includes(': console ')), 'the console names the policy too');
  await page.close();
});
