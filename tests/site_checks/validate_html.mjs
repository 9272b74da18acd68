// HTML validity: builds the site into a temp dir and runs html-validate (the
// repo's .htmlvalidate.json, the same as `npx html-validate --config
// .htmlvalidate.json site/`) over every .html page. Zero errors to pass.
// Usage: node tests/site_checks/validate_html.mjs [built-site-dir]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, buildSite, listFiles, removeSite } from '../browser/site.mjs';

const cli = path.join(REPO, 'node_modules', '.bin', 'html-validate');
if (!fs.existsSync(cli)) {
  console.error(`FAIL: ${cli} is missing: run scripts/setup.sh (runs \`npm ci\`)`);
  process.exit(1);
}

const given = process.argv[2];
const site = given ? path.resolve(given) : buildSite('html');
const pages = listFiles(site, '.html');
let status = 1;
if (pages.length === 0) {
  console.error(`FAIL: no .html pages in ${site}`);
} else {
  const result = spawnSync(cli, ['--config', path.join(REPO, '.htmlvalidate.json'), '--formatter', 'stylish',
    '--max-warnings', '0', ...pages], { cwd: site, encoding: 'utf8' });
  process.stdout.write(result.stdout || '');
  process.stderr.write(result.stderr || '');
  status = result.status === 0 ? 0 : 1;
  console.log(status === 0 ? `html-validate: ${pages.length} pages, 0 errors` : `FAIL: html-validate found problems in ${site}`);
}
if (!given) {
  if (status === 0) removeSite(site); else console.log(`(site kept for inspection: ${site})`);
}
process.exit(status);
