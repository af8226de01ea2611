/**
 * Links from a diagnostic's code to its rule document (`docs/rules/<id>.md`), shipped in the
 * .vsix next to `dist/`: a file URL that works offline, in the package and in the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const cache = new Map<string, string | undefined>();

/** The rule document's file URL, or undefined when it is not where the bundle expects it. */
export function ruleDocUrl(code: string, baseDir: string = __dirname): string | undefined {
  if (!/^[a-z0-9-]+$/.test(code)) return undefined;
  const key = `${baseDir}\u0000${code}`;
  if (!cache.has(key)) {
    // dist/server.js → ../docs/rules; server/src/lsp (running from source) → ../../../docs/rules.
    const found = [path.join(baseDir, '..', 'docs', 'rules'), path.join(baseDir, '..', '..', '..', 'docs', 'rules')]
      .map((d) => path.join(d, `${code}.md`))
      .find((f) => fs.existsSync(f));
    cache.set(key, found ? pathToFileURL(found).href : undefined);
  }
  return cache.get(key);
}
