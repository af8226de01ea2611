// The extension page works offline: the .vsix holds the icon, every image the README shows (by a
// relative path, not rewritten to a web address) and the rule documents that diagnostic codes
// link to. Checked with `vsce ls` (the packaged file list) without building a package.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon?: string; scripts: Record<string, string> };

test('the .vsix holds the icon, the README images and the rule documents', () => {
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const files = new Set(execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }).trim().split('\n'));
  assert.equal(pkg.icon, 'media/icon.png');
  assert.ok(files.has('media/icon.png'), 'the icon is packaged');
  const png = fs.readFileSync(path.join(ROOT, 'media', 'icon.png'));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, 'at least 128×128 pixels, as the Marketplace asks');

  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  assert.ok(images.length >= 1, 'the README shows images');
  for (const img of images) {
    assert.ok(!/^[a-z]+:/i.test(img), `${img} is relative`);
    assert.ok(fs.existsSync(path.join(ROOT, img)), `${img} exists`);
    assert.ok(files.has(img), `${img} is packaged`);
  }
  for (const doc of fs.readdirSync(path.join(ROOT, 'docs', 'rules'))) assert.ok(files.has(`docs/rules/${doc}`), `docs/rules/${doc} is packaged`);
  // Relative links stay relative in the package (no base URL pointing elsewhere).
  assert.match(pkg.scripts.package!, /--no-rewrite-relative-links/);
  assert.doesNotMatch(pkg.scripts.package!, /baseImagesUrl|baseContentUrl/);
});

test('the README starts with what the extension does and how to use it; set-up comes later', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
  assert.equal(headings[0], 'How to use');
  assert.ok(headings.indexOf('Set up and test') > headings.indexOf('Command line'));
});
