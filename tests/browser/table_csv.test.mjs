// A table's "下载 CSV" on a unit-year page makes that table's own CSV in the
// browser (assets/table-csv.js, a Blob: nothing fetched, so it works from
// file://); without JavaScript the link downloads the unit-year's tables.csv.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, fileUrl, launchBrowser, listFiles, removeSite, watchedPage } from './site.mjs';

let site, browser, unitYear;
before(async () => {
  site = buildSite('table-csv');
  // Sample 002: 中共长治市上党区委巡察工作办公室, final account 2023, tables in 万元.
  unitYear = listFiles(site, '.html').find((p) => /^units\/[^/]+\/2023\/index\.html$/.test(p) &&
    fs.readFileSync(path.join(site, p), 'utf8').includes('<h1>中共长治市上党区委巡察工作办公室'));
  assert.ok(unitYear, 'the unit-year page of sample 002');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  removeSite(site);
});

// RFC 4180 records of a CSV text (no BOM): quoted fields may hold , " CR LF.
function parseCsv(text) {
  const records = [];
  let record = [''], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { record[record.length - 1] += '"'; i++; }
      else if (c === '"') quoted = false;
      else record[record.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push('');
    else if (c === '\r' && text[i + 1] === '\n') { records.push(record); record = ['']; i++; }
    else record[record.length - 1] += c;
  }
  assert.deepEqual(record, [''], 'the text ends with CRLF');
  return records;
}

async function downloadTableCsv(page, anchor) {
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.locator(`a.table-csv[data-table="${anchor}"]`).click()]);
  assert.equal(download.suggestedFilename(), `${anchor}.csv`);
  return fs.readFileSync(await download.path());
}

test('支出决算表 downloads as its own CSV with the figures printed in sample 002', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(fileUrl(site, unitYear));
  // A reader's sorting does not reorder the CSV: sort by 基本支出 first.
  await page.locator('#table-03 thead button.sort-button', { hasText: '基本支出' }).click();
  const bytes = await downloadTableCsv(page, 'table-03');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM, for Excel');
  const text = bytes.subarray(3).toString('utf8');
  const records = parseCsv(text);
  assert.deepEqual(records[0], ['项目/科目代码', '项目/科目名称', '本年支出合计', '基本支出', '项目支出',
    '上缴上级支出', '经营支出', '对附属单位补助支出']);
  // content/002_c1cbd9e901d50c06.txt, lines 145, 146 and 149 (万元).
  assert.equal(text.split('\r\n')[1], '合计,,227.61,203.18,24.43,,,');
  assert.equal(text.split('\r\n')[2], '201,一般公共服务支出,184.21,159.78,24.43,,,');
  assert.equal(text.split('\r\n')[5], '2013105,专项业务,22.87,,22.87,,,');
  assert.equal(records.length, 16, 'header, 合计 and 14 coded rows');
  // 本年支出合计 = 基本支出 + 项目支出 on every row (in 0.01 万元, exact).
  const hundredths = (s) => (s === '' ? 0 : Math.round(Number(s) * 100));
  for (const r of records.slice(1)) assert.equal(hundredths(r[3]) + hundredths(r[4]), hundredths(r[2]), r.join(','));

  // The same cells as the unit-year's tables.csv says, column by column.
  const tidy = parseCsv(fs.readFileSync(path.join(site, path.dirname(unitYear), 'tables.csv'), 'utf8').slice(1));
  const header = tidy[0];
  const col = (name) => header.indexOf(name);
  let compared = 0;
  for (const t of tidy.slice(1).filter((t) => t[col('table')] === 'table-03')) {
    const row = records[Number(t[col('row')])];
    assert.equal(row[records[0].indexOf(t[col('column')])], t[col('value')], t.join(','));
    compared++;
  }
  assert.equal(compared, records.slice(1).flat().filter((v) => v !== '').length, 'one tables.csv row per non-empty cell');

  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.failedRequests.filter((r) => !r.startsWith('blob:')), []);
  assert.deepEqual(problems.offsiteRequests.filter((u) => !u.startsWith('blob:')), []);
  await page.close();
});

test('text a spreadsheet would read as a formula is neutralized in the browser CSV', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(fileUrl(site, unitYear));
  const payloads = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
  const text = await page.evaluate((payloads) => {
    const table = document.querySelector('#table-03 table.data');
    // Body rows 2 to 7 get a payload as their 科目名称.
    payloads.forEach((p, i) => { table.tBodies[0].rows[i + 1].cells[1].textContent = p; });
    return window.GONGKAI_TABLE_CSV.tableCsv(table);
  }, payloads);
  const records = parseCsv(text);
  assert.deepEqual(records.slice(2, 8).map((r) => r[1]), payloads.map((p) => "'" + p));
  assert.ok(text.includes('\r\n201,"\'=HYPERLINK(""http://x"",""y"")",184.21,159.78,24.43,,,\r\n'), text);
  assert.deepEqual(records.slice(2, 8).map((r) => r[2]), ['184.21', '184.21', '159.78', '22.87', '1.56', '19.12'],
    'amounts stay numbers');
  await page.close();
});

test('without JavaScript the link downloads tables.csv', async () => {
  const page = await browser.context.newPage();
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(fileUrl(site, unitYear));
  const link = page.locator('a.table-csv[data-table="table-03"]');
  assert.equal(await link.evaluate((a) => a.href), fileUrl(site, path.join(path.dirname(unitYear), 'tables.csv')));
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), 'tables.csv');
  assert.ok(fs.readFileSync(await download.path()).equals(
    fs.readFileSync(path.join(site, path.dirname(unitYear), 'tables.csv'))));
  await page.close();
});
