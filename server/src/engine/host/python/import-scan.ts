/**
 * The imports of a Python module read from its text, without a parse: what `dependentsOf` needs
 * to tell whether a module imports another one. It reads every `import` / `from … import` statement
 * of the text (also inside functions and strings), so it finds at least the imports the parsed
 * module summary has (`summaries.ts`): a file may be re-checked once too often, never forgotten.
 */
import type { ImportRef } from './summaries';

/** Logical lines that start an import: continuation lines and parenthesised name lists joined. */
const IMPORT_START = /^[ \t]*(?:from[ \t]+[.\w]|import[ \t]+\w)/gm;

const DOTTED = /^[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*$/;

/** Every import of `text` as the parsed summary would list it (module, imported name, level). */
export function importRefsOfText(text: string): ImportRef[] {
  const out: ImportRef[] = [];
  let consumed = 0;
  for (const m of text.matchAll(IMPORT_START)) {
    // A line that continues the previous statement (`from x \` + `    import y`) is not one of its own.
    if (m.index < consumed) continue;
    for (let at: number | undefined = m.index; at !== undefined; ) {
      const { stmt, end } = logicalLine(text, at);
      consumed = end;
      // `import a; import b`: the statement after a `;` on the same line.
      at = text[end] === ';' && /^[ \t]*(?:from|import)[ \t]/.test(text.slice(end + 1, end + 12)) ? end + 1 : undefined;
      addRefs(stmt, out);
    }
  }
  return out;
}

/** The refs of one import statement. */
function addRefs(stmt: string, out: ImportRef[]): void {
  const from = /^[ \t]*from[ \t]+(\.*)[ \t]*([\w. \t]*?)[ \t]+import\b([\s\S]*)$/.exec(stmt);
  if (from) {
    const level = from[1]!.length;
    const module = from[2]!.replace(/\s+/g, '');
    for (const part of from[3]!.replace(/[()]/g, ' ').split(',')) {
      const name = /^\s*([A-Za-z_]\w*)(?:\s+as\s+[A-Za-z_]\w*)?\s*$/.exec(part);
      if (name) out.push({ module, name: name[1]!, level });
    }
    return;
  }
  const imp = /^[ \t]*import[ \t]+([\s\S]*)$/.exec(stmt);
  if (!imp) return;
  for (const part of imp[1]!.split(',')) {
    const a = /^\s*([\w. \t]+?)(?:\s+as\s+[A-Za-z_]\w*)?\s*$/.exec(part);
    const full = a?.[1]?.replace(/\s+/g, '');
    if (!full || !DOTTED.test(full)) continue;
    // `import a.b` binds the package `a`; `import a.b as c` binds the submodule.
    out.push({ module: /\sas\s/.test(part) ? full : full.split('.')[0]!, level: 0 });
  }
}

/** The statement from `start`: to the end of its line, across `\` continuations and open parentheses; comments dropped. */
function logicalLine(text: string, start: number): { stmt: string; end: number } {
  let depth = 0;
  let out = '';
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      i--;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      out += ' ';
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n' || c === ';') {
      if (depth === 0) break;
      out += ' ';
      continue;
    }
    out += c;
  }
  return { stmt: out, end: i };
}

/** `imported → local` for every name `text` imports under another name (`from app.models import Lead as LeadRow`). */
export function renamedImportsOfText(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(IMPORT_START)) {
    const { stmt } = logicalLine(text, m.index);
    const names = /^[ \t]*from[ \t]+[.\w \t]*?[ \t]+import\b([\s\S]*)$/.exec(stmt)?.[1] ?? /^[ \t]*import[ \t]+([\s\S]*)$/.exec(stmt)?.[1] ?? '';
    for (const a of names.replace(/[()]/g, ' ').matchAll(/(?:^|,)\s*(?:[\w.]+\.)?([A-Za-z_]\w*)\s+as\s+([A-Za-z_]\w*)\s*(?=,|$)/g)) out.push([a[1]!, a[2]!]);
  }
  return out;
}
