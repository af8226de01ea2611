/**
 * Labels of the accuracy cases and their matching with the CLI's findings (shared by
 * bench/app-accuracy.ts and test/accuracy-labels.test.ts).
 *
 * A label is a trailing comment on the last line of an executed query:
 *   `# expect: scans-all [ar01a]`, `// expect: prunes [kx03b] cross`
 * `scans-all`: the planner keeps every leaf partition of some partitioned table in the query
 * (a finding is expected there); `prunes`: it does not (no finding expected). `cross` marks a
 * query built or refined in another function or file than where it runs.
 * A finding belongs to a label when it starts on the label's line or on a continuation line of
 * the same statement just above it, or in the body of a Ruby heredoc the statement opens (its
 * lines follow the statement's line: `DB.exec(<<~SQL, id: id) # expect: …`).
 */
import fs from 'node:fs';
import path from 'node:path';

export const ORMS = ['activerecord', 'django', 'sqlalchemy', 'knex', 'objection', 'kysely', 'drizzle', 'sequelize', 'typeorm', 'prisma'] as const;
export type Orm = (typeof ORMS)[number];

export interface Label {
  readonly id: string;
  readonly orm: Orm;
  readonly caseName: string;
  readonly file: string;
  /** 1-based line of the label comment. */
  readonly line: number;
  /** 1-based first line of the statement the label closes. */
  readonly firstLine: number;
  /** 1-based last line of the statement: the label's line, or the end of the heredocs it opens. */
  readonly lastLine: number;
  readonly expect: 'scans-all' | 'prunes';
  readonly cross: boolean;
  readonly text: string;
  /** Other places (file, first and last line) where the finding may be reported instead. */
  readonly also: readonly { readonly file: string; readonly first: number; readonly last: number }[];
}

export interface Case {
  readonly orm: Orm;
  readonly name: string;
  readonly dir: string;
  readonly labels: readonly Label[];
}

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly table: string;
  readonly message: string;
}

export interface Outcome {
  readonly kind: 'tp' | 'tn' | 'miss' | 'false-alarm';
  readonly orm: Orm;
  readonly file: string;
  readonly line: number;
  readonly label?: Label;
  readonly code?: string;
  readonly table?: string;
  readonly text: string;
  /** For a hit: found on the labelled statement, or only where the query was built (`expect-also`). */
  readonly via?: 'site' | 'also';
}

const LABEL = /(?:#|\/\/)\s*expect:\s*(scans-all|prunes)\s*\[([\w-]+)\](\s+cross)?\s*$/;
/** `# expect-also: [id] [id2]`: another line where a finding for those labels is also right (built here, handed to a framework there). */
const ALSO = /(?:#|\/\/)\s*expect-also:\s*((?:\[[\w-]+\]\s*)+)$/;
/** Any label-like comment: one that matches neither form above is a typo, which would silently drop a label. */
const LABEL_LIKE = /(?:#|\/\/)\s*expect(?:-also)?:/;
const SOURCE = /\.(rb|rake|py|ts|js|mjs|cjs|tsx|prisma)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (SOURCE.test(e.name)) out.push(p);
  }
  return out;
}

/** Opening minus closing brackets of a line, outside strings and trailing comments (roughly). */
function bracketBalance(line: string): number {
  const code = line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""').replace(/\s(#|\/\/).*$/, '');
  let n = 0;
  for (const ch of code) {
    if (ch === '(' || ch === '[' || ch === '{') n++;
    else if (ch === ')' || ch === ']' || ch === '}') n--;
  }
  return n;
}

/** A line continues onto the next one (the statement is not finished). */
function continues(prev: string, next: string): boolean {
  const p = prev.replace(/\s+(#|\/\/).*$/, '').trimEnd();
  const n = next.trimStart();
  if (p === '' || p.endsWith(';')) return false;
  // The first statement of a block does not continue the line that opened it.
  if (/[{:]$/.test(p) && /^(return|const|let|var|await|if|for|yield|[A-Za-z_$][\w$.]*\s*=[^=>])/.test(n)) return false;
  // An object entry holding a function (`campaigns: async (…) => …`, a resolver map) starts its own statement.
  if (/[{,]$/.test(p) && /^[A-Za-z_$][\w$]*\s*:\s*(async\s+)?(function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)/.test(n)) return false;
  if (/^[.)\]}]/.test(n) || /^(&&|\|\||\?|:)/.test(n)) return true;
  return /([([{,.=\\+]|=>|->|\bdo(\s*\|[^|]*\|)?|&&|\|\||\?|\bawait|\breturn)$/.test(p);
}

/**
 * The 0-based line that opens the JavaScript template literal line `i` closes (its lines, SQL
 * of a tagged `$queryRaw\`…\``, belong to its statement), or `i`: an odd number of backticks in
 * the line's code closes one opened above, on the nearest line with an odd number too.
 */
function templateStart(lines: readonly string[], i: number): number {
  const ticks = (l: string): number => (l.match(/`/g) ?? []).length;
  if (ticks(lines[i]!.replace(LABEL, '')) % 2 === 0) return i;
  for (let j = i - 1; j >= 0; j--) if (ticks(lines[j]!) % 2 === 1) return j;
  return i;
}

/** Ruby heredoc openers (`<<~SQL`, `<<-'EOS'`, `<<SQL`) in a line's code: tag and whether the terminator may be indented. */
const HEREDOC = /<<([~-]?)(['"]?)([A-Z_][A-Za-z0-9_]*)\2/g;

/** The 0-based last line of the heredoc bodies opened on line `i` (their lines belong to its statement), or `i`. */
function heredocEnd(lines: readonly string[], i: number): number {
  let end = i;
  for (const m of lines[i]!.replace(LABEL, '').matchAll(HEREDOC)) {
    const indented = m[1] !== '';
    let j = end + 1;
    while (j < lines.length && (indented ? lines[j]!.trim() : lines[j]) !== m[3]) j++;
    if (j >= lines.length) return i;
    end = j;
  }
  return end;
}

export function labelsOf(orm: Orm, caseName: string, dir: string): Label[] {
  const files = walk(dir).map((file) => ({ file, lines: fs.readFileSync(file, 'utf8').split('\n') }));
  // A statement starts after the previous labelled line (array elements, dict entries).
  const spanStart = (lines: readonly string[], i: number): number => {
    let first = templateStart(lines, i);
    // A statement that ends by closing brackets opened above (a callback body) starts where they open.
    let open = bracketBalance(lines[first]!);
    while (open < 0 && first > 0) {
      first--;
      open += bracketBalance(lines[first]!);
    }
    while (first > 0 && !LABEL.test(lines[first - 1]!) && continues(lines[first - 1]!, lines[first]!)) {
      first--;
      // A continuation line that closes a callback body (`})` before `.orderBy(…)`) starts where it opens.
      for (let o = bracketBalance(lines[first]!); o < 0 && first > 0; ) o += bracketBalance(lines[--first]!);
    }
    return first;
  };
  const also = new Map<string, Label['also'][number][]>();
  for (const { file, lines } of files) {
    lines.forEach((l, i) => {
      if (LABEL_LIKE.test(l) && !ALSO.test(l) && !LABEL.test(l)) throw new Error(`${file}:${i + 1}: malformed label comment: ${l.trim()}`);
      const m = ALSO.exec(l);
      if (!m) return;
      for (const [, id] of m[1]!.matchAll(/\[([\w-]+)\]/g)) {
        also.set(id!, [...(also.get(id!) ?? []), { file, first: spanStart(lines, i) + 1, last: i + 1 }]);
      }
    });
  }
  const out: Label[] = [];
  for (const { file, lines } of files) {
    lines.forEach((l, i) => {
      const m = LABEL.exec(l);
      if (!m) return;
      out.push({ id: m[2]!, orm, caseName, file, line: i + 1, firstLine: spanStart(lines, i) + 1, lastLine: (orm === 'activerecord' ? heredocEnd(lines, i) : i) + 1, expect: m[1] as Label['expect'], cross: Boolean(m[3]), text: l.replace(LABEL, '').trim(), also: also.get(m[2]!) ?? [] });
    });
  }
  return out;
}

export function casesOf(root: string, orm: Orm): Case[] {
  const base = path.join(root, orm);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ orm, name, dir: path.join(base, name), labels: labelsOf(orm, name, path.join(base, name)) }));
}

/** Every label is a site: a TP/miss (scans-all) or TN/false alarm (prunes); findings outside every label are false alarms. */
export function matchFindings(cases: readonly Case[], diagnostics: readonly Diagnostic[]): Outcome[] {
  const out: Outcome[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const c of cases) {
    const used = new Set<Diagnostic>();
    for (const l of c.labels) {
      const at = (file: string, first: number, last: number): Diagnostic[] => (byFile.get(file) ?? []).filter((d) => d.line >= first && d.line <= last);
      const onSite = at(l.file, l.firstLine, l.lastLine);
      const hits = [...onSite, ...l.also.flatMap((a) => at(a.file, a.first, a.last))];
      hits.forEach((d) => used.add(d));
      const kind = l.expect === 'scans-all' ? (hits.length > 0 ? 'tp' : 'miss') : hits.length > 0 ? 'false-alarm' : 'tn';
      const via = hits.length === 0 ? undefined : onSite.length > 0 ? 'site' : 'also';
      out.push({ kind, orm: c.orm, file: l.file, line: l.line, label: l, code: hits[0]?.code, table: hits[0]?.table, text: l.text, ...(via ? { via } : {}) });
    }
    for (const [file, ds] of byFile) {
      if (!file.startsWith(c.dir + path.sep)) continue;
      for (const d of ds) {
        if (used.has(d)) continue;
        const text = fs.readFileSync(file, 'utf8').split('\n')[d.line - 1]?.trim() ?? '';
        out.push({ kind: 'false-alarm', orm: c.orm, file, line: d.line, code: d.code, table: d.table, text });
      }
    }
  }
  return out;
}

export interface Row {
  readonly scope: string;
  readonly sites: number;
  readonly positives: number;
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  readonly precision: number;
  readonly recall: number;
}

function row(scope: string, os: readonly Outcome[]): Row {
  const tp = os.filter((o) => o.kind === 'tp').length;
  const fn = os.filter((o) => o.kind === 'miss').length;
  const fp = os.filter((o) => o.kind === 'false-alarm').length;
  return { scope, sites: os.filter((o) => o.label).length, positives: tp + fn, tp, fn, fp, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

export function summarise(outcomes: readonly Outcome[], orms: readonly Orm[]): Row[] {
  const rows = orms.map((o) => row(o, outcomes.filter((x) => x.orm === o)));
  rows.push(row('ALL', outcomes));
  // Cross-function/cross-file: the labelled sites marked `cross`.
  rows.push(row('ALL cross', outcomes.filter((o) => o.label?.cross)));
  return rows;
}
