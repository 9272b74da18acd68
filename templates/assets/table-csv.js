// gongkai table CSV: the "下载 CSV" link of a table on a unit-year page makes
// that table's own CSV in the browser, from the table on the page, and saves
// it through a Blob: nothing is fetched, so it works from file://. Without
// JavaScript the same link downloads tables.csv (every table of the page,
// one cell per row).
//
// The CSV is the table as printed: a header row of column names (the
// table's <col data-name>: header paths joined with "/", as tables.csv's
// `column`), then the body rows in the document's order (a reader's sorting
// is ignored), amounts as the exact decimal in the table's unit (the cell's
// data-sort-value). Same rules as the site's CSV files (site_data.h): UTF-8
// with BOM, CRLF, RFC 4180 quoting, and a ' before text a spreadsheet would
// read as a formula (= + - @ tab CR, OWASP's rule).
(function () {
  'use strict';

  var FORMULA = /^[=+\-@\t\r]/;

  function field(text, isText) {
    var value = isText && FORMULA.test(text) ? "'" + text : text;
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  function cellField(cell) {
    var number = cell.getAttribute('data-sort-value');
    if (number !== null) return field(number, false);
    if (cell.classList.contains('empty')) return '';
    if (cell.classList.contains('illegible')) return field('[illegible]', true);
    return field(cell.textContent, true);
  }

  // Body rows in the order the page was built with, kept before any sorting.
  var originalRows = new WeakMap();
  function rowsOf(table) {
    if (!originalRows.has(table)) {
      var rows = [];
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.push.apply(rows, body.rows);
      });
      originalRows.set(table, rows);
    }
    return originalRows.get(table);
  }

  // The CSV text of a table.data (without the BOM).
  function tableCsv(table) {
    var lines = [];
    var names = Array.prototype.map.call(table.querySelectorAll('colgroup > col[data-name]'), function (col) {
      return field(col.getAttribute('data-name'), true);
    });
    if (names.length) lines.push(names.join(','));
    rowsOf(table).forEach(function (row) {
      lines.push(Array.prototype.map.call(row.cells, cellField).join(','));
    });
    return lines.map(function (line) { return line + '\r\n'; }).join('');
  }

  function save(name, text) {
    var url = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    // Chromium starts the download from the URL after the click returns.
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function enhance(link) {
    var anchor = link.getAttribute('data-table');
    var block = anchor && document.getElementById(anchor);
    var table = block && block.querySelector('table.data');
    if (!table) return;
    rowsOf(table);
    link.download = anchor + '.csv';
    link.title = '下载本表的 CSV（' + anchor + '.csv）';
    link.addEventListener('click', function (event) {
      event.preventDefault();
      save(anchor + '.csv', tableCsv(table));
    });
  }

  function enhanceAll() {
    Array.prototype.forEach.call(document.querySelectorAll('a.table-csv[data-table]'), enhance);
  }

  window.GONGKAI_TABLE_CSV = { tableCsv: tableCsv };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhanceAll);
  } else {
    enhanceAll();
  }
})();
