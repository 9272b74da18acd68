// gongkai sort: click a column header of a table.sortable to sort its body
// rows; click again to reverse. Numbers sort by the exact value the site puts
// in data-sort-value (the shown text has thousands separators and units);
// other cells by Chinese collation. Rows in <tfoot> (totals) stay put.
(function () {
  'use strict';

  var collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

  // Maps each header cell to its column, honouring colspan and rowspan, so
  // spanned multi-row headers still find the right column. Only cells that
  // cover exactly one column get a sort button.
  function headerColumns(table) {
    var rows = table.tHead ? table.tHead.rows : (table.rows.length ? [table.rows[0]] : []);
    var taken = []; // taken[row][col] = true when a rowspan from above covers it
    var result = [];
    for (var r = 0; r < rows.length; r++) {
      taken[r] = taken[r] || [];
      var col = 0;
      for (var c = 0; c < rows[r].cells.length; c++) {
        var cell = rows[r].cells[c];
        while (taken[r][col]) col++;
        var span = cell.colSpan || 1, down = cell.rowSpan || 1;
        for (var dr = 0; dr < down; dr++) {
          taken[r + dr] = taken[r + dr] || [];
          for (var dc = 0; dc < span; dc++) taken[r + dr][col + dc] = true;
        }
        if (span === 1 && cell.tagName === 'TH') result.push({ th: cell, column: col });
        col += span;
      }
    }
    return result;
  }

  // The cell of a body row at a grid column (colspan-aware).
  function cellAt(row, column) {
    var col = 0;
    for (var c = 0; c < row.cells.length; c++) {
      var span = row.cells[c].colSpan || 1;
      if (column < col + span) return column === col ? row.cells[c] : null;
      col += span;
    }
    return null;
  }

  function sortKey(cell) {
    if (!cell) return { empty: true };
    var raw = cell.getAttribute('data-sort-value');
    if (raw !== null && raw.trim() !== '' && isFinite(Number(raw))) return { number: Number(raw) };
    var text = cell.textContent.trim();
    return text ? { text: text } : { empty: true };
  }

  // Empty cells always sort last; numbers before text.
  function compareKeys(a, b, direction) {
    if (a.empty || b.empty) return (a.empty ? 1 : 0) - (b.empty ? 1 : 0);
    if ('number' in a && 'number' in b) return direction * (a.number - b.number);
    if ('number' in a) return -1;
    if ('number' in b) return 1;
    return direction * collator.compare(a.text, b.text);
  }

  function sortBy(table, entry, headers) {
    var ascending = entry.th.getAttribute('aria-sort') !== 'ascending';
    var direction = ascending ? 1 : -1;
    headers.forEach(function (h) { h.th.removeAttribute('aria-sort'); });
    entry.th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var rows = Array.prototype.slice.call(body.rows);
      var keyed = rows.map(function (row, index) {
        return { row: row, key: sortKey(cellAt(row, entry.column)), index: index };
      });
      keyed.sort(function (a, b) { return compareKeys(a.key, b.key, direction) || a.index - b.index; });
      keyed.forEach(function (k) { body.appendChild(k.row); });
    });
  }

  function sortable(table) {
    // Rows spanning rows cannot be reordered without tearing; leave as is.
    if (table.querySelector('tbody td[rowspan]:not([rowspan="1"]), tbody th[rowspan]:not([rowspan="1"])')) return false;
    // Nothing to reorder in a one-row table: no buttons to distract.
    return Array.prototype.some.call(table.tBodies, function (body) { return body.rows.length > 1; });
  }

  function enhance(table) {
    if (table.dataset.sortReady || !sortable(table)) return;
    table.dataset.sortReady = '1';
    var headers = headerColumns(table);
    headers.forEach(function (entry) {
      // A real button inside the header: focusable, announced, Enter/Space.
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (entry.th.firstChild) button.appendChild(entry.th.firstChild);
      button.setAttribute('title', '点击排序');
      entry.th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, entry, headers); });
    });
  }

  function enhanceAll(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('table.sortable'), enhance);
  }

  window.GONGKAI_SORT = { enhance: enhance, enhanceAll: enhanceAll };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { enhanceAll(); });
  } else {
    enhanceAll();
  }
})();
