/**
 * Type aliases' text for the conditions a helper tests (ast.ts `truthyParam`): `interval: Interval`
 * with `export type Interval = '24h' | '7d'` in this file or a module it imports is never falsy.
 */
import type { ModuleInfo } from './modinfo';
import type { TsIndex } from './workspace';

/** The text of `type <name> = …` in a module's source, if it declares one. */
function aliasIn(src: string, name: string): string | undefined {
  if (!src.includes(name)) return undefined;
  const re = new RegExp(`(?:^|\\n)[ \\t]*(?:export[ \\t]+)?(?:declare[ \\t]+)?type[ \\t]+${name.replace(/\$/g, '\\$')}[ \\t]*=([^;]+?)(?:;|\\n[ \\t]*\\n|\\n(?=[ \\t]*(?:export|const|let|var|function|type|interface|import|class)\\b)|$)`);
  const m = re.exec(src);
  return m ? m[1]!.trim().replace(/^\|/, '').trim() : undefined;
}

/** Looks type aliases up by name as `file` sees them: declared in it, or imported from a module of the folder. */
export function typeTextLookup(index: TsIndex, file: string | undefined, text: string, info: ModuleInfo): (name: string) => string | undefined {
  return (name) => {
    const local = aliasIn(text, name);
    if (local !== undefined) return local;
    const imp = info.imports.get(name);
    const target = imp && file ? index.resolve(file, imp.spec) : undefined;
    const src = target ? index.textOf(target) : undefined;
    return src !== undefined && imp ? aliasIn(src, imp.imported) : undefined;
  };
}
