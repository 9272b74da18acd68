// gongkai compare: compare two or more chosen units across years, offline.
// Data comes from assets/compare-data.js (window.GONGKAI_COMPARE); amounts
// there are 万元 numbers printed by the generator from exact integers. The
// choice lives in the URL hash ("#units=a,b&figure=total_expenditure&kind=
// budget") so a comparison can be bookmarked or sent.
(function () {
  'use strict';

  var data = window.GONGKAI_COMPARE;
  var unitsSelect = document.getElementById('compare-units');
  var figureSelect = document.getElementById('compare-figure');
  var output = document.getElementById('compare-output');
  if (!data || !unitsSelect || !figureSelect || !output) return;

  var SVG = 'http://www.w3.org/2000/svg';
  var units = data.units || [];
  // Document kinds (budget / final / ...) in the data; labels from the data
  // if it names them, else the usual names.
  var KIND_LABELS = { budget: '预算', final: '决算', 'performance-targets': '绩效目标',
    'performance-evaluation': '绩效自评' };
  var KIND_ORDER = ['budget', 'final', 'performance-targets', 'performance-evaluation'];
  var KINDS = data.kinds || (function () {
    var seen = new Set();
    units.forEach(function (u) {
      Object.keys(u.years || {}).forEach(function (y) { Object.keys(u.years[y]).forEach(function (k) { seen.add(k); }); });
    });
    if (!seen.size) seen.add('budget');
    return Array.from(seen).sort(function (a, b) {
      var ra = KIND_ORDER.indexOf(a), rb = KIND_ORDER.indexOf(b);
      return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb) || (a < b ? -1 : a > b ? 1 : 0);
    }).map(function (k) { return { key: k, label: KIND_LABELS[k] || k }; });
  })();
  var figures = data.figures || [];
  var currency = data.currency || '万元';
  var bySlug = new Map(units.map(function (u) { return [u.slug, u]; }));

  // ---- form controls ------------------------------------------------------
  function fillOptions(select, items, valueOf, labelOf) {
    var chosen = new Set(Array.prototype.filter.call(select.options, function (o) { return o.selected; })
      .map(function (o) { return o.value; }));
    select.textContent = '';
    items.forEach(function (item) {
      var option = document.createElement('option');
      option.value = valueOf(item);
      option.textContent = labelOf(item);
      option.selected = chosen.has(option.value);
      select.appendChild(option);
    });
  }

  fillOptions(unitsSelect, units, function (u) { return u.slug; },
    function (u) { return u.region ? u.name + '（' + u.region + '）' : u.name; });
  fillOptions(figureSelect, figures, function (f) { return f.key; }, function (f) { return f.label; });

  // Budget or final: a select of its own, made here if the page has none.
  var kindSelect = document.getElementById('compare-kind');
  if (!kindSelect) {
    var wrap = document.createElement('p');
    wrap.className = 'compare-kind';
    var label = document.createElement('label');
    label.htmlFor = 'compare-kind';
    label.textContent = '口径';
    kindSelect = document.createElement('select');
    kindSelect.id = 'compare-kind';
    wrap.appendChild(label);
    wrap.appendChild(document.createTextNode(' '));
    wrap.appendChild(kindSelect);
    // After the figure control (after its <p>/<label> wrapper if it has one).
    var anchor = /^(P|LABEL|SPAN)$/.test(figureSelect.parentNode.tagName) ? figureSelect.parentNode : figureSelect;
    anchor.parentNode.insertBefore(wrap, anchor.nextSibling);
  }
  fillOptions(kindSelect, KINDS, function (k) { return k.key; }, function (k) { return k.label; });

  // ---- state <-> hash -----------------------------------------------------
  function readHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    return {
      units: (params.get('units') || '').split(',').filter(function (s) { return bySlug.has(s); }),
      figure: params.get('figure') || '',
      kind: params.get('kind') || ''
    };
  }

  function hashOf(state) {
    // Slugs and figure keys are ASCII; keep commas readable.
    return '#units=' + state.units.map(encodeURIComponent).join(',') +
      '&figure=' + encodeURIComponent(state.figure) + '&kind=' + encodeURIComponent(state.kind);
  }

  function writeHash(state) {
    var hash = hashOf(state);
    if (window.location.hash === hash) return;
    try {
      history.replaceState(null, '', hash);
    } catch (e) {
      window.location.replace(hash); // same-document: no reload
    }
  }

  function hasValue(unit, kind, figure) {
    return Object.keys(unit.years || {}).some(function (y) {
      var entry = unit.years[y][kind];
      return entry && typeof entry[figure] === 'number';
    });
  }

  function applyState(state) {
    Array.prototype.forEach.call(unitsSelect.options, function (o) { o.selected = state.units.indexOf(o.value) >= 0; });
    if (state.figure) figureSelect.value = state.figure;
    if (!figureSelect.value && figureSelect.options.length) figureSelect.selectedIndex = 0;
    if (state.kind) kindSelect.value = state.kind;
    if (!kindSelect.value) kindSelect.selectedIndex = 0;
  }

  function currentState() {
    return {
      units: Array.prototype.filter.call(unitsSelect.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; }),
      figure: figureSelect.value,
      kind: kindSelect.value
    };
  }

  // ---- rendering ------------------------------------------------------------
  function format(n) {
    return n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function labelOf(list, key) {
    for (var i = 0; i < list.length; i++) if (list[i].key === key) return list[i].label;
    return key;
  }

  // A figure's own unit (自评得分 is in 分), else the amounts' currency.
  function unitOf(list, key) {
    for (var i = 0; i < list.length; i++) if (list[i].key === key && list[i].unit) return list[i].unit;
    return currency;
  }

  function valueOf(unit, year, state) {
    var entry = unit.years && unit.years[year] && unit.years[year][state.kind];
    var v = entry ? entry[state.figure] : undefined;
    return typeof v === 'number' ? v : null;
  }

  // The years where some chosen unit has the figure (all their years when
  // none has: the table then shows that there is no data).
  function yearsOf(chosen, state) {
    var all = new Set(), withData = new Set();
    chosen.forEach(function (u) {
      Object.keys(u.years || {}).forEach(function (y) {
        all.add(y);
        if (valueOf(u, y, state) !== null) withData.add(y);
      });
    });
    return Array.from(withData.size ? withData : all).sort();
  }

  function el(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderTable(chosen, years, state, title) {
    var table = el('table', { 'class': 'data sortable compare-table' });
    table.appendChild(el('caption', {}, title));
    var head = el('thead'), row = el('tr');
    row.appendChild(el('th', { scope: 'col' }, '单位'));
    years.forEach(function (y) { row.appendChild(el('th', { scope: 'col' }, y + '年')); });
    head.appendChild(row);
    table.appendChild(head);
    var body = el('tbody');
    chosen.forEach(function (unit) {
      var tr = el('tr', { 'data-unit': unit.slug });
      tr.appendChild(el('th', { scope: 'row' }, unit.name));
      years.forEach(function (y) {
        var v = valueOf(unit, y, state);
        if (v === null) {
          tr.appendChild(el('td', { 'class': 'dash', title: '无数据' }, '—'));
        } else {
          tr.appendChild(el('td', { 'class': v === 0 ? 'amount zero' : 'amount', 'data-sort-value': String(v) }, format(v)));
        }
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function svg(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A round upper bound for the axis: 1, 2 or 5 times a power of ten.
  function niceMax(max) {
    if (max <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(max)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= max) return steps[i] * p;
    return 10 * p;
  }

  // Line chart across years (a grouped bar chart when there is one year).
  function renderChart(chosen, years, state, title) {
    var legendRows = chosen.length; // one full name per row: names share long prefixes
    var W = 640, left = 72, right = 16, top = 16, bottom = 32 + 16 * legendRows;
    var H = 272 + bottom;
    var plotW = W - left - right, plotH = H - top - bottom;
    var values = [];
    chosen.forEach(function (u) { years.forEach(function (y) { var v = valueOf(u, y, state); if (v !== null) values.push(v); }); });
    var max = niceMax(Math.max.apply(null, values.concat([0])));
    var id = 'compare-chart-title';
    var root = svg('svg', { 'class': 'chart compare-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id });
    root.appendChild(svg('title', { id: id }, title));
    function yPos(v) { return top + plotH - (v / max) * plotH; }
    for (var t = 0; t <= 4; t++) {
      var v = max * t / 4, y = yPos(v);
      root.appendChild(svg('line', { 'class': 'grid', x1: left, x2: W - right, y1: y, y2: y, stroke: '#ddd' }));
      root.appendChild(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 11 }, format(v)));
    }
    var band = plotW / Math.max(years.length, 1);
    years.forEach(function (yr, i) {
      root.appendChild(svg('text', { x: left + band * (i + 0.5), y: top + plotH + 18, 'text-anchor': 'middle', 'font-size': 12 }, yr));
    });
    var palette = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7b83', '#57606a'];
    chosen.forEach(function (unit, ui) {
      var color = palette[ui % palette.length];
      var series = svg('g', { 'class': 'series series-' + ui });
      series.appendChild(svg('title', {}, unit.name));
      var points = [];
      years.forEach(function (yr, i) {
        var v = valueOf(unit, yr, state);
        if (v === null) return;
        if (years.length === 1) {
          var bw = Math.min(band * 0.8 / chosen.length, 64);
          var x = left + (band - bw * chosen.length) / 2 + bw * ui;
          var bar = svg('rect', { x: x, y: yPos(v), width: bw - 2, height: top + plotH - yPos(v), fill: color });
          bar.appendChild(svg('title', {}, unit.name + ' ' + yr + '年：' + format(v) + ' ' + unitOf(figures, state.figure)));
          series.appendChild(bar);
        } else {
          var cx = left + band * (i + 0.5), cy = yPos(v);
          points.push(cx + ',' + cy);
          var dot = svg('circle', { cx: cx, cy: cy, r: 4, fill: color });
          dot.appendChild(svg('title', {}, unit.name + ' ' + yr + '年：' + format(v) + ' ' + unitOf(figures, state.figure)));
          series.appendChild(dot);
        }
      });
      if (points.length > 1) {
        series.insertBefore(svg('polyline', { points: points.join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }), series.firstChild.nextSibling);
      }
      root.appendChild(series);
      // Legend under the year labels, one unit per row.
      var lx = left, ly = top + plotH + 40 + ui * 16;
      var legend = svg('g', { 'class': 'legend' });
      legend.appendChild(svg('rect', { x: lx, y: ly - 9, width: 10, height: 10, fill: color }));
      legend.appendChild(svg('text', { x: lx + 14, y: ly, 'font-size': 12 }, unit.name));
      root.appendChild(legend);
    });
    return root;
  }

  function render() {
    var state = currentState();
    writeHash(state);
    output.textContent = '';
    var chosen = state.units.map(function (s) { return bySlug.get(s); });
    if (chosen.length === 0) {
      output.appendChild(el('p', { 'class': 'compare-hint' }, '请在上方选择两个或更多单位。'));
      return;
    }
    var years = yearsOf(chosen, state);
    var title = labelOf(figures, state.figure) + '（' + labelOf(KINDS, state.kind) + '，' + unitOf(figures, state.figure) + '）';
    if (!chosen.some(function (u) { return hasValue(u, state.kind, state.figure); })) {
      output.appendChild(el('p', { 'class': 'compare-hint' }, '所选单位没有' + title + '的数据。'));
    }
    var table = renderTable(chosen, years, state, title);
    output.appendChild(table);
    if (years.length) output.appendChild(renderChart(chosen, years, state, title));
    if (window.GONGKAI_SORT) window.GONGKAI_SORT.enhance(table);
  }

  // First load: the hash wins; else what the page pre-selected; else the
  // first two units. The kind: the first (预算, 决算, …) with data.
  function initialState() {
    var fromHash = readHash();
    var state = currentState();
    if (fromHash.units.length) state.units = fromHash.units;
    state.figure = fromHash.figure || state.figure || (figures[0] && figures[0].key);
    if (!state.units.length) {
      // The first two units that have the figure at all, so the first view
      // shows numbers rather than dashes.
      var withFigure = units.filter(function (u) {
        return KINDS.some(function (k) { return hasValue(u, k.key, state.figure); });
      });
      state.units = withFigure.concat(units.filter(function (u) { return withFigure.indexOf(u) < 0; }))
        .slice(0, 2).map(function (u) { return u.slug; });
    }
    state.kind = fromHash.kind || '';
    if (!state.kind) {
      var chosen = state.units.map(function (s) { return bySlug.get(s); });
      var figure = state.figure;
      // The first kind (预算 before 决算…) that any chosen unit has data for.
      var withData = KINDS.filter(function (k) {
        return chosen.some(function (u) { return hasValue(u, k.key, figure); });
      });
      state.kind = (withData[0] || KINDS[0]).key;
    }
    return state;
  }

  applyState(initialState());
  render();
  [unitsSelect, figureSelect, kindSelect].forEach(function (s) { s.addEventListener('change', render); });
  window.addEventListener('hashchange', function () {
    var state = readHash();
    if (hashOf(state) === hashOf(currentState())) return;
    applyState(state);
    render();
  });
})();
