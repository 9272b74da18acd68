// gongkai audit overview: filter the rows of table#audit-overview by unit
// name, document kind and year. The controls are `hidden` in the page and
// shown here, so without JavaScript the whole table shows; sort.js sorts it.
(function () {
  'use strict';

  var form = document.getElementById('audit-filter');
  var table = document.getElementById('audit-overview');
  if (!form || !table || !table.tBodies.length) return;
  var unit = document.getElementById('audit-filter-unit');
  var kind = document.getElementById('audit-filter-kind');
  var year = document.getElementById('audit-filter-year');
  var shown = document.getElementById('audit-shown');

  function apply() {
    var text = unit.value.replace(/\s+/g, '');
    var rows = table.tBodies[0].rows;
    var count = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var name = row.cells[0].textContent.replace(/\s+/g, '');
      var visible = (!text || name.indexOf(text) !== -1) &&
        (!kind.value || row.getAttribute('data-kind') === kind.value) &&
        (!year.value || row.getAttribute('data-year') === year.value);
      row.hidden = !visible;
      if (visible) count++;
    }
    shown.textContent = '显示 ' + count + ' / ' + rows.length + ' 份';
  }

  form.hidden = false;
  unit.addEventListener('input', apply);
  kind.addEventListener('change', apply);
  year.addEventListener('change', apply);
  apply();
})();
