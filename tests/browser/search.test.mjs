// Search finds units, terms and tables by Chinese substrings, offline: in
// the dropdown of every page and on the full results page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, fileUrl, launchBrowser, pageKinds, removeSite, watchedPage } from './site.mjs';

let site, browser, kinds;
before(async () => {
  site = buildSite('search');
  kinds = pageKinds(site);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

async function dropdownFor(page, query) {
  await page.fill('#search-input', query);
  await page.locator('#search-results a').first().waitFor({ state: 'visible', timeout: 5000 });
  return page.locator('#search-results a').evaluateAll((links) =>
    links.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), url: a.href })));
}

for (const query of ['巡察', '三公']) {
  test(`dropdown on the home page finds "${query}"`, async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(fileUrl(site, kinds.home));
    const links = await dropdownFor(page, query);
    const results = links.filter((l) => !l.href.includes('search/index.html?q='));
    assert.ok(results.length >= 1 && results.length <= 10, `1..10 results, got ${results.length}`);
    // Every shown hit has the query in its title or its indexed text (a
    // two-character query is one bigram, so no looser match is possible).
    const docs = await page.evaluate(() => window.GONGKAI_SEARCH.docs);
    for (const link of results) {
      const doc = docs.find((d) => d.title === link.text && link.url.endsWith(d.url));
      assert.ok(doc, `dropdown link ${link.text} -> ${link.href} is an index entry`);
      assert.ok((doc.title + doc.text).normalize('NFKC').includes(query), `hit "${doc.title}" contains ${query}`);
    }
    // Results are grouped under the labels the contract names.
    const groups = await page.locator('#search-results .search-group-title').allTextContents();
    assert.ok(groups.length >= 1);
    for (const g of groups) assert.ok(['单位', '名词', '表格', '页面'].includes(g), `group label ${g}`);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.offsiteRequests, []);
    await page.close();
  });

  test(`search page lists hits for "${query}"`, async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(fileUrl(site, kinds.search) + '?q=' + encodeURIComponent(query));
    const items = page.locator('#search-page-results > li');
    await items.first().waitFor({ timeout: 5000 });
    assert.ok((await items.count()) >= 1);
    assert.equal(await page.inputValue('#search-input'), query);
    // Each result link points at a page that exists: follow the first one.
    const first = page.locator('#search-page-results a').first();
    await Promise.all([page.waitForLoadState('load'), first.click()]);
    assert.ok(page.url().startsWith('file:') && /\.html(#.*)?$/.test(page.url()), page.url());
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(problems.offsiteRequests, []);
    await page.close();
  });
}

test('search works from a page deep in the tree (relative links)', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds['unit-year']));
  const links = await dropdownFor(page, '巡察');
  await page.locator('#search-results a').first().click();
  await page.waitForLoadState('load');
  assert.equal(page.url().split('#')[0], links[0].url.split('#')[0]);
  assert.deepEqual(problems.failedRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('dropdown is keyboard accessible and Enter opens the search page', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds.home));
  await dropdownFor(page, '巡察');
  await page.press('#search-input', 'ArrowDown');
  const focused = await page.evaluate(() => document.activeElement.closest('#search-results') !== null &&
    document.activeElement.tagName);
  assert.equal(focused, 'A');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  assert.equal(await page.locator('#search-results').isVisible(), false);
  await Promise.all([page.waitForURL(/search\/index\.html\?q=/), page.press('#search-input', 'Enter')]);
  await page.locator('#search-page-results > li').first().waitFor({ timeout: 5000 });
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a Chinese substring that occurs nowhere finds nothing', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds.home));
  await page.fill('#search-input', '量子引力');
  await page.locator('#search-results .search-summary').waitFor();
  assert.equal(await page.locator('#search-results li').count(), 0);
  assert.match(await page.locator('#search-results .search-summary').textContent(), /没有找到/);
  await page.close();
});

test('every substring (2 to 5 characters) of every indexed title finds that entry', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(fileUrl(site, kinds.home));
  const misses = await page.evaluate(() => {
    const missed = [];
    for (const doc of window.GONGKAI_SEARCH.docs) {
      const chars = Array.from(doc.title);
      for (let len = 2; len <= 5; len++) {
        for (let at = 0; at + len <= chars.length; at++) {
          const q = chars.slice(at, at + len).join('');
          if (!/\p{Script=Han}/u.test(q)) continue; // the promise is about Chinese text
          const hits = window.GONGKAI_SEARCH_QUERY(q);
          if (!hits.some((h) => h.url === doc.url && h.title === doc.title)) missed.push(`${q} -> ${doc.title}`);
        }
      }
    }
    return missed;
  });
  assert.deepEqual(misses.slice(0, 20), []);
  await page.close();
});
