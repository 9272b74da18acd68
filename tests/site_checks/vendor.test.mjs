// The vendored search library (used when node_modules is absent) is the very
// file npm installs at the pinned version, so a build is byte-identical with
// or without node_modules; bumping minisearch means re-vendoring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../browser/site.mjs';

test('vendored minisearch equals the pinned npm dist/umd/index.js', () => {
  const pinned = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).dependencies.minisearch;
  const manifest = path.join(REPO, 'node_modules', 'minisearch', 'package.json');
  assert.ok(fs.existsSync(manifest), `${manifest} missing: run scripts/setup.sh (runs \`npm ci\`)`);
  const installed = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  assert.equal(installed, pinned, 'node_modules matches package.json (run npm ci)');
  const npmFile = fs.readFileSync(path.join(REPO, 'node_modules', 'minisearch', 'dist', 'umd', 'index.js'));
  const vendored = fs.readFileSync(path.join(REPO, 'templates', 'assets', 'vendor', 'minisearch.min.js'));
  assert.ok(npmFile.equals(vendored), 'templates/assets/vendor/minisearch.min.js differs: copy the npm file again');
  assert.ok(fs.existsSync(path.join(REPO, 'templates', 'assets', 'vendor', 'minisearch.LICENSE.txt')));
});
