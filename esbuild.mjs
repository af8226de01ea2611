// Bundles the VS Code client, the language server and the CLI into dist/, and copies the
// WebAssembly files they load at run time next to the bundles.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const outdir = path.join(root, 'dist');

/** WebAssembly files loaded relative to the bundle (`__dirname`). */
const wasmFiles = [
  'node_modules/libpg-query/wasm/libpg-query.wasm',
  'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'node_modules/tree-sitter-ruby/tree-sitter-ruby.wasm',
  'node_modules/tree-sitter-typescript/tree-sitter-tsx.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
];

/** Licence notices of code embedded in the bundles that must ship with the extension. */
function copyAssets() {
  fs.mkdirSync(outdir, { recursive: true });
  for (const f of wasmFiles) fs.copyFileSync(path.join(root, f), path.join(outdir, path.basename(f)));
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: 'linked',
  // pg optionally requires pg-native; we never use it.
  external: ['pg-native'],
  // ESM-only code paths (web-tree-sitter's `createRequire(import.meta.url)`) need import.meta.url in CJS.
  define: { 'import.meta.url': '__pl_import_meta_url' },
  banner: { js: '"use strict";\nconst __pl_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};

/**
 * The language server and the CLI keep their bundle's source in memory for as long as they run:
 * without whitespace and with simplified syntax it is half the size (identifiers are kept, so stack
 * traces stay readable). V8 holds a source with any non-ASCII character as two bytes per character,
 * so `assertAscii` keeps these bundles ASCII (esbuild escapes strings, not regular expressions).
 * Measured on the 10,000-file Rails scan: peak RSS 207 -> 191-195 MB.
 */
const compact = { minifyWhitespace: true, minifySyntax: true };

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir, external: [...common.external, 'vscode'] },
  { ...common, ...compact, entryPoints: { server: 'server/src/server.ts' }, outdir },
  { ...common, ...compact, entryPoints: { 'partition-lens': 'server/src/cli/main.ts' }, outdir, banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
];

/** Fails the build when a long-running bundle holds a non-ASCII character (see `compact`). */
function assertAscii(file) {
  const text = fs.readFileSync(path.join(outdir, file), 'utf8');
  const at = text.search(/[^\x00-\x7f]/);
  if (at < 0) return;
  const line = text.slice(0, at).split('\n').length;
  throw new Error(`dist/${file}:${line}: non-ASCII character ${JSON.stringify(text[at])} in "${text.slice(Math.max(0, at - 40), at + 20)}"; write it as a \\u escape in the source`);
}

copyAssets();
if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.error('[esbuild] watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(path.join(outdir, 'partition-lens.js'), 0o755);
  for (const f of ['server.js', 'partition-lens.js']) assertAscii(f);
}
