// gongkai search: search-as-you-type on every page, and the full results
// list on search/index.html. Runs offline: the index ships as a script
// (assets/search-index.js sets window.GONGKAI_SEARCH) because browsers block
// fetch() of local files on file://. Without JavaScript the form still
// submits to search/index.html, which explains that search needs it.
(function () {
  'use strict';

  var DROPDOWN_LIMIT = 10;
  var PAGE_LIMIT = 200;
  // Result groups in display order; labels are what readers see.
  var GROUPS = [
    { type: 'unit', label: '单位' },
    { type: 'term', label: '名词' },
    { type: 'table', label: '表格' },
    { type: 'page', label: '页面' }
  ];
  var HAN_OR_WORD = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
  var HAN = /^\p{Script=Han}/u;

  // The relative path from this page to the site root ("", "../", …). The
  // site puts it on <html data-root>; if missing, derive it from this
  // script's own src (".../assets/search.js").
  var scriptSrc = document.currentScript ? document.currentScript.getAttribute('src') || '' : '';
  function siteRoot() {
    var root = document.documentElement.dataset.root;
    if (root !== undefined) return root;
    var at = scriptSrc.lastIndexOf('assets/search.js');
    return at >= 0 ? scriptSrc.slice(0, at) : '';
  }

  function normalize(text) {
    return String(text || '').normalize('NFKC').toLowerCase();
  }

  // Index tokens: every Han character and every pair of adjacent Han
  // characters, so any Chinese substring of two or more characters matches
  // through its bigrams; other scripts split into words (prefix-searched).
  function indexTokens(text) {
    var tokens = [];
    var runs = normalize(text).match(HAN_OR_WORD) || [];
    runs.forEach(function (run) {
      if (!HAN.test(run)) { tokens.push(run); return; }
      var chars = Array.from(run);
      for (var i = 0; i < chars.length; i++) {
        tokens.push(chars[i]);
        if (i + 1 < chars.length) tokens.push(chars[i] + chars[i + 1]);
      }
    });
    return tokens;
  }

  // Query tokens: bigrams only for Han runs (a single character stays a
  // unigram), so an AND search demands every pair of the query.
  function queryTokens(text) {
    var tokens = [];
    var runs = normalize(text).match(HAN_OR_WORD) || [];
    runs.forEach(function (run) {
      if (!HAN.test(run)) { tokens.push(run); return; }
      var chars = Array.from(run);
      if (chars.length === 1) { tokens.push(chars[0]); return; }
      for (var i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
    });
    return tokens;
  }

  var docs = (window.GONGKAI_SEARCH && window.GONGKAI_SEARCH.docs) || [];
  var byId = new Map();
  docs.forEach(function (doc) { byId.set(doc.id, doc); });

  var engine = null;
  if (typeof window.MiniSearch === 'function') {
    engine = new window.MiniSearch({
      fields: ['title', 'text'],
      tokenize: indexTokens,
      processTerm: function (term) { return term; },
      searchOptions: {
        tokenize: queryTokens,
        processTerm: function (term) { return term; },
        combineWith: 'AND',
        boost: { title: 3 },
        // Prefix search only for non-Han words (e.g. "2024", "gdp").
        prefix: function (term) { return !HAN.test(term); }
      }
    });
    engine.addAll(docs);
  }

  // Returns docs best first. Exact substring hits rank above bigram-only
  // hits (the bigrams of a query can occur apart from each other).
  function search(query) {
    var q = normalize(query).trim();
    if (!q) return [];
    var hits;
    if (engine) {
      hits = engine.search(q).map(function (r) { return { doc: byId.get(r.id), score: r.score }; });
    } else {
      // Without the library: plain substring match, still offline.
      hits = docs.filter(function (d) { return normalize(d.title + ' ' + d.text).indexOf(q) >= 0; })
        .map(function (d) { return { doc: d, score: 1 }; });
    }
    var words = q.split(/\s+/);
    hits.forEach(function (h) {
      var title = normalize(h.doc.title), text = normalize(h.doc.text);
      var inTitle = words.every(function (w) { return title.indexOf(w) >= 0; });
      var inText = inTitle || words.every(function (w) { return (title + ' ' + text).indexOf(w) >= 0; });
      h.rank = inTitle ? 2 : inText ? 1 : 0;
    });
    hits.sort(function (a, b) { return b.rank - a.rank || b.score - a.score || a.doc.id - b.doc.id; });
    return hits.map(function (h) { return h.doc; });
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(doc) {
    var a = el('a', null, doc.title);
    a.href = siteRoot() + doc.url;
    return a;
  }

  function groupLabel(type) {
    for (var i = 0; i < GROUPS.length; i++) if (GROUPS[i].type === type) return GROUPS[i].label;
    return type;
  }

  // A short excerpt of the text around the first query word; text only.
  function snippet(doc, query) {
    var text = String(doc.text || '');
    var word = normalize(query).trim().split(/\s+/)[0] || '';
    var at = normalize(text).indexOf(word);
    var chars = Array.from(text);
    var start = at > 40 ? at - 40 : 0;
    var excerpt = chars.slice(start, start + 120).join('');
    return (start > 0 ? '…' : '') + excerpt + (start + 120 < chars.length ? '…' : '');
  }

  // Appends text to parent with each query word wrapped in <mark> (text
  // nodes only: document text never becomes markup).
  function highlighted(parent, text, query) {
    var words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1, len = 0;
      words.forEach(function (w) {
        var i = lower.indexOf(w, at);
        if (i >= 0 && (next < 0 || i < next)) { next = i; len = w.length; }
      });
      if (next < 0) break;
      if (next > at) parent.appendChild(document.createTextNode(text.slice(at, next)));
      parent.appendChild(el('mark', null, text.slice(next, next + len)));
      at = next + len;
    }
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  // ---- dropdown on every page -------------------------------------------
  var input = document.getElementById('search-input');
  var box = document.getElementById('search-results');

  function renderDropdown(query) {
    box.textContent = '';
    var q = query.trim();
    if (!q) { box.hidden = true; return; }
    box.hidden = false;
    var found = search(q);
    var top = found.slice(0, DROPDOWN_LIMIT);
    var summary = el('p', 'search-summary',
      found.length ? '找到 ' + found.length + ' 条结果' + (found.length > top.length ? '，显示前 ' + top.length + ' 条' : '')
        : '没有找到“' + q + '”');
    box.appendChild(summary);
    GROUPS.forEach(function (group, gi) {
      var members = top.filter(function (d) { return d.type === group.type; });
      if (!members.length) return;
      var section = el('div', 'search-group search-group-' + group.type);
      var heading = el('p', 'search-group-title', group.label);
      heading.id = 'search-group-' + gi;
      var list = el('ul');
      list.setAttribute('aria-labelledby', heading.id);
      members.forEach(function (doc) {
        var item = el('li');
        item.appendChild(link(doc));
        list.appendChild(item);
      });
      section.appendChild(heading);
      section.appendChild(list);
      box.appendChild(section);
    });
    // Other types (if the index ever holds more) still show, last.
    var other = top.filter(function (d) { return !GROUPS.some(function (g) { return g.type === d.type; }); });
    if (other.length) {
      var list = el('ul', 'search-group');
      other.forEach(function (doc) { var item = el('li'); item.appendChild(link(doc)); list.appendChild(item); });
      box.appendChild(list);
    }
    if (found.length > top.length) {
      var more = el('a', 'search-more', '查看全部结果');
      more.href = siteRoot() + 'search/index.html?q=' + encodeURIComponent(q);
      box.appendChild(more);
    }
  }

  function dropdownLinks() { return Array.prototype.slice.call(box.querySelectorAll('a')); }

  if (input && box) {
    input.setAttribute('aria-controls', 'search-results');
    box.hidden = true;
    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { renderDropdown(input.value); }, 60);
    });
    // Keyboard: ArrowDown/ArrowUp move between results, Escape closes and
    // returns to the box; Enter on the box submits to the search page.
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        clearTimeout(timer);
        renderDropdown(input.value);
        var links = dropdownLinks();
        if (links.length) { e.preventDefault(); links[0].focus(); }
      } else if (e.key === 'Escape') {
        box.hidden = true;
      }
    });
    box.addEventListener('keydown', function (e) {
      var links = dropdownLinks();
      var at = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && at >= 0) {
        e.preventDefault();
        (links[at + 1] || links[0]).focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        if (at === 0) input.focus(); else links[at - 1].focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        box.hidden = true;
        input.focus();
      }
    });
    // Close when focus or a click leaves the form.
    document.addEventListener('click', function (e) {
      if (!input.form || !input.form.contains(e.target)) box.hidden = true;
    });
    if (input.value.trim() && !document.getElementById('search-page-results')) renderDropdown(input.value);
  }

  // ---- full results on search/index.html --------------------------------
  var pageList = document.getElementById('search-page-results');
  if (pageList) {
    var query = new URLSearchParams(window.location.search).get('q') || '';
    if (input) input.value = query;
    pageList.textContent = '';
    var found = query.trim() ? search(query) : [];
    var status = document.getElementById('search-page-status');
    if (!status) {
      status = el('p');
      status.id = 'search-page-status';
      pageList.parentNode.insertBefore(status, pageList);
    }
    status.setAttribute('role', 'status');
    status.textContent = !query.trim() ? '请输入要搜索的单位、名词或表格名称。'
      : found.length ? '“' + query.trim() + '”：找到 ' + found.length + ' 条结果'
        : '没有找到“' + query.trim() + '”';
    found.slice(0, PAGE_LIMIT).forEach(function (doc) {
      var item = el('li', 'search-hit search-hit-' + doc.type);
      var title = el('p', 'search-hit-title');
      title.appendChild(link(doc));
      title.appendChild(document.createTextNode(' '));
      title.appendChild(el('span', 'search-hit-type', groupLabel(doc.type)));
      item.appendChild(title);
      if (doc.text) item.appendChild(highlighted(el('p', 'search-hit-text'), snippet(doc, query), query));
      pageList.appendChild(item);
    });
  }

  // For tests and other scripts: the same search the page uses.
  window.GONGKAI_SEARCH_QUERY = function (q) {
    return search(q).map(function (d) { return { type: d.type, title: d.title, url: d.url }; });
  };
})();
