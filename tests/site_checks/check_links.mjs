// Link checker: builds the site into a temp dir and checks every href, src
// and form action of every page (and url() in every stylesheet). Each must
// be relative, stay inside the site and name an existing file (never a
// folder: file:// shows no index.html for a folder); a #fragment must name
// an id in the target page. Absolute, protocol-relative, root-relative and
// external URLs are errors: the site must work offline from any sub-path.
// Usage: node tests/site_checks/check_links.mjs [built-site-dir]
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, listFiles, removeSite } from '../browser/site.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Start tags with their attributes. Raw text of <script>/<style> is
// skipped (escaped document text never holds a literal "<tag").
function startTags(html) {
  const tags = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  const tagRe = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attrRe = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of body.matchAll(tagRe)) {
    const attrs = {};
    for (const a of (m[2] || '').matchAll(attrRe)) {
      attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: m[1].toLowerCase(), attrs });
  }
  return tags;
}

const LINK_ATTRS = ['href', 'src', 'action', 'xlink:href', 'poster', 'data'];

export function checkSite(site) {
  const errors = [];
  const pages = listFiles(site, '.html');
  const idsOf = new Map();
  const linksOf = new Map();
  for (const rel of pages) {
    const tags = startTags(fs.readFileSync(path.join(site, rel), 'utf8'));
    const ids = new Set();
    const links = [];
    for (const tag of tags) {
      if (tag.attrs.id !== undefined) ids.add(tag.attrs.id);
      if (tag.name === 'a' && tag.attrs.name !== undefined) ids.add(tag.attrs.name);
      for (const attr of LINK_ATTRS) {
        if (tag.attrs[attr] !== undefined) links.push({ where: `<${tag.name} ${attr}>`, url: tag.attrs[attr] });
      }
      if (tag.attrs.srcset !== undefined) {
        for (const part of tag.attrs.srcset.split(',')) links.push({ where: `<${tag.name} srcset>`, url: part.trim().split(/\s+/)[0] });
      }
    }
    idsOf.set(rel, ids);
    linksOf.set(rel, links);
  }
  for (const rel of listFiles(site, '.css')) {
    const css = fs.readFileSync(path.join(site, rel), 'utf8');
    const links = [];
    for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
      links.push({ where: 'url()', url: m[1] ?? m[2] ?? m[3] });
    }
    for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) links.push({ where: '@import', url: m[1] ?? m[2] });
    linksOf.set(rel, links);
  }

  for (const [rel, links] of linksOf) {
    for (const { where, url } of links) {
      const fail = (why) => errors.push(`${rel}: ${where} "${url}": ${why}`);
      if (url === '') { fail('empty URL'); continue; }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) { fail('absolute URL (scheme) — links must be relative'); continue; }
      if (url.startsWith('//')) { fail('protocol-relative URL'); continue; }
      if (url.startsWith('/')) { fail('root-relative URL breaks file:// and sub-paths'); continue; }
      const hashAt = url.indexOf('#');
      const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : null;
      const target = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0];
      let targetRel = rel;
      if (target !== '') {
        let decoded;
        try { decoded = decodeURIComponent(target); } catch { fail('bad percent-encoding'); continue; }
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rel), decoded));
        if (resolved.startsWith('../') || resolved === '..') { fail('points outside the site'); continue; }
        const file = path.join(site, resolved);
        if (!fs.existsSync(file)) { fail(`no such file ${resolved}`); continue; }
        if (fs.statSync(file).isDirectory()) { fail(`points at folder ${resolved} (link its index.html)`); continue; }
        targetRel = resolved;
      } else if (fragment === null) {
        fail('query-only URL');
        continue;
      }
      if (fragment !== null && fragment !== '' && targetRel.endsWith('.html')) {
        let id;
        try { id = decodeURIComponent(fragment); } catch { fail('bad percent-encoding in fragment'); continue; }
        if (!idsOf.get(targetRel)?.has(id)) fail(`no id "${id}" in ${targetRel}`);
      }
    }
  }
  return { pages: pages.length, links: [...linksOf.values()].reduce((n, l) => n + l.length, 0), errors };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const given = process.argv[2];
  const site = given ? path.resolve(given) : buildSite('links');
  const { pages, links, errors } = checkSite(site);
  for (const e of errors) console.error(e);
  if (pages === 0) errors.push('no pages');
  console.log(errors.length ? `FAIL: ${errors.length} broken links in ${site}` : `links: ${links} links in ${pages} pages, all resolve`);
  if (!given && errors.length === 0) removeSite(site);
  process.exit(errors.length ? 1 : 0);
}
