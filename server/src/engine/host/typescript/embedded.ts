/**
 * SQL embedded in TS/JS code: `sql`…`` / `Prisma.sql`…`` / `prisma.$queryRaw`…`` templates, and
 * strings passed to `pool.query`, `client.query`, `knex.raw`, `queryRunner.query`,
 * `sequelize.query`, `manager.query`, `$queryRawUnsafe`, `sql.unsafe`. `${…}` becomes `$n` padded
 * to the same length, so offsets inside the SQL map straight back to the document.
 */
import type { EmbeddedSql } from '../types';
import { field, kids, stringValue, text, unwrap, dottedName, visit, type N } from './ast';
import { ormIdent } from '../../query/render';
import { isSqlTag } from './sql-tags';

const TAGS = new Set(['sql', 'SQL', '$queryRaw', '$executeRaw', 'query', 'unsafe']);
const CALLS = new Set(['query', 'raw', 'execute', '$queryRawUnsafe', '$executeRawUnsafe', 'unsafe', 'queryRaw', 'executeRaw', 'none', 'one', 'oneOrNone', 'many', 'manyOrNone', 'any', 'result']);
const DDL = /^\s*(?:--[^\n]*\n\s*)*(create|alter|drop|comment|truncate)\b/i;
const STATEMENT = /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*\(*\s*(select|with|update|delete|insert|merge|explain|create|alter|drop|comment|truncate|values|table)\b/i;

/** The SQL name an interpolated value stands for (a Drizzle table or column), if any. */
export type SqlNames = (n: N | undefined) => string | undefined;

export interface Fragment extends EmbeddedSql {
  /** The string or template node the SQL came from. */
  readonly node: N;
  /** True when `${…}` interpolations were replaced (parse errors there are expected noise). */
  readonly interpolated: boolean;
  /** True when the text is a whole statement (not a condition fragment). */
  readonly statement: boolean;
  /**
   * True when a `${…}` stands where a whole condition goes (`WHERE ${whereClause}`, `AND ${extra}`):
   * a SQL fragment built elsewhere (`Prisma.join(conditions, ' AND ')`), not a value; what it
   * filters on cannot be seen.
   */
  readonly opaqueCondition?: boolean;
}

const CONDITION_BEFORE = /(?:\b(?:where|and|or|on|having|not|when)|\()\s*$/i;
const CONDITION_AFTER = /^\s*(?:\)|;|(?:and|or|group|order|limit|offset|having|returning|union|intersect|except|for|window|then)\b)/i;

/** Whether `${…}` ending at `from` stands for a whole condition; only a short window each side is read. */
function conditionSlot(before: string, src: string, from: number, end: number): boolean {
  if (!CONDITION_BEFORE.test(before.slice(-24))) return false;
  const after = src.slice(from, Math.min(end, from + 24));
  return (from + 24 >= end && after.trim() === '') || CONDITION_AFTER.test(after);
}

class Builder {
  text = '';
  /** Sorted segments: [textStart, docStart, length, exact]. */
  private readonly segs: [number, number, number, boolean][] = [];
  push(s: string, docStart: number, exact: boolean): void {
    this.segs.push([this.text.length, docStart, s.length, exact]);
    this.text += s;
  }
  map(): (o: number) => number {
    const segs = this.segs;
    const end = segs.length ? segs[segs.length - 1]![1] + segs[segs.length - 1]![2] : 0;
    return (o: number): number => {
      let lo = 0;
      let hi = segs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [ts, ds, len, exact] = segs[mid]!;
        if (o < ts) hi = mid - 1;
        else if (o >= ts + len) lo = mid + 1;
        else return exact ? ds + (o - ts) : ds;
      }
      return o <= 0 && segs[0] ? segs[0][1] : end;
    };
  }
}

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };

/** SQL text of a string or template literal, with a map back to document offsets; `consts` reads interpolated string constants. */
export function literalSql(n: N, ddlContext: boolean, names?: SqlNames, consts?: SqlNames): Fragment | undefined {
  if (n.type !== 'string' && n.type !== 'template_string') return undefined;
  const b = new Builder();
  let counter = 0;
  let interpolated = false;
  let opaqueCondition = false;
  let cursor = n.start + 1;
  for (const c of n.children) {
    if (c.start > cursor) b.push(n.src.slice(cursor, c.start), cursor, true);
    if (c.type === 'string_fragment') b.push(text(c), c.start, true);
    else if (c.type === 'escape_sequence') {
      const e = text(c);
      const v = ESC[e.slice(1)] ?? (e.length === 2 ? e.slice(1) : ' ');
      // Keep the length where the value is whitespace; otherwise map the value to the escape.
      b.push(/^\s$/.test(v) ? v + ' '.repeat(e.length - 1) : v, c.start, /^\s$/.test(v));
    } else if (c.type === 'template_substitution') {
      interpolated = true;
      const len = c.end - c.start;
      // A table or column object interpolated into the SQL (Drizzle `${leads}`, `${leads.createdAt}`): its name.
      // A string constant (`FROM ${TABLE}`, `const TABLE = 'leads'`) is sent as its text.
      const name = names?.(kids(c)[0]) ?? consts?.(kids(c)[0]);
      if (name !== undefined) {
        b.push(name, c.start, false);
        cursor = c.end;
        continue;
      }
      if (!opaqueCondition && conditionSlot(b.text, n.src, c.end, n.end - 1)) opaqueCondition = true;
      const p = `$${++counter}`;
      b.push(p.length <= len ? p + ' '.repeat(len - p.length) : p, c.start, p.length <= len);
    }
    cursor = c.end;
  }
  if (n.end - 1 > cursor) b.push(n.src.slice(cursor, n.end - 1), cursor, true);
  const sqlText = b.text;
  const statement = STATEMENT.test(sqlText);
  return { text: sqlText, mapOffset: b.map(), ddl: statement && DDL.test(sqlText) && ddlContext, node: n, interpolated, statement, ...(opaqueCondition ? { opaqueCondition } : {}) };
}

/**
 * SQL statements held in variables (`const q = \`SELECT …\``), by name. They count only when
 * the name is passed to a query call somewhere in the file (see `usedConsts`).
 */
export function sqlConsts(root: N, ddlContext: boolean): Map<string, Fragment> {
  const out = new Map<string, Fragment>();
  visit(root, (n) => {
    if (n.type === 'variable_declarator') {
      const name = field(n, 'name');
      const v = unwrap(field(n, 'value'));
      if (name?.type === 'identifier' && v && (v.type === 'string' || v.type === 'template_string')) {
        const f = literalSql(v, ddlContext && !inDownMigration(v));
        if (f?.statement) out.set(text(name), f);
      }
    }
  });
  return out;
}

/** Whether a file is a migration (its DDL is schema the catalog should learn). */
export function isMigration(fileName: string | undefined, src: string): boolean {
  if (fileName && /(^|[\\/])(migrations?|migrate)[\\/]/i.test(fileName)) return true;
  return /\b(exports\.up|export\s+(async\s+)?function\s+up|async\s+up\s*\(|up\s*:\s*async|implements\s+MigrationInterface)\b/.test(src);
}

/** Inside a migration's `down` (rollback): its DDL undoes `up` and must not reach the catalog. */
function inDownMigration(n: N): boolean {
  for (let p: N | null = n.parent; p; p = p.parent) {
    if (p.type === 'function_declaration' || p.type === 'function_expression' || p.type === 'method_definition') {
      const name = field(p, 'name');
      if (name && text(name) === 'down') return true;
    }
    if (p.type === 'pair' && text(field(p, 'key') ?? p) === 'down') return true;
    if (p.type === 'assignment_expression' && /(^|\.)down$/.test(text(field(p, 'left') ?? p))) return true;
  }
  return false;
}

/**
 * The tag of a template given type arguments (`prisma.$queryRaw<Row[]>\`SELECT …\``), which the
 * parser reads as comparisons: `(prisma.$queryRaw < Row[]) > \`…\``, an `await` before it taken
 * into the left side. The tag's name as `add` expects it (set only for a bare name); undefined
 * when `n` is not such a template.
 */
function typedTag(n: N): { tag: string | undefined } | undefined {
  const right = field(n, 'right');
  const left = field(n, 'left');
  if (right?.type !== 'template_string' || left?.type !== 'binary_expression') return undefined;
  const m = /^(?:await\s+)?([\w$]+(?:\s*\.\s*[\w$]+)*)\s*<[^`;]*>\s*$/.exec(n.src.slice(n.start, right.start));
  if (!m) return undefined;
  const d = m[1]!.split('.').map((x) => x.trim());
  const last = d[d.length - 1]!;
  let tag = field(left, 'left');
  if (tag?.type === 'await_expression') tag = kids(tag)[0];
  // Kysely's or Drizzle's `sql` under another name (`rawSql<T>\`…\``, `k.sql<T>\`…\``).
  if (tag && isSqlTag(tag)) return { tag: 'sql' };
  return TAGS.has(last) ? { tag: d.length === 1 ? last : undefined } : undefined;
}

/**
 * Every SQL string/template passed to the database in this (part of a) file, and the names of
 * variables passed instead of a literal (resolved against `sqlConsts` by the caller).
 */
export function embeddedFragments(root: N, ddlContext: boolean, names?: SqlNames, consts?: SqlNames): { fragments: Fragment[]; usedConsts: Set<string> } {
  const out: Fragment[] = [];
  const usedConsts = new Set<string>();
  const seen = new Set<number>();
  const add = (n: N | undefined, tag?: string): void => {
    const u = unwrap(n);
    if (!u || seen.has(u.start)) return;
    if (u.type === 'identifier') {
      usedConsts.add(text(u));
      return;
    }
    if (u.type === 'object') {
      // `client.query({ text: '…', values })`.
      for (const p of kids(u)) {
        if (p.type === 'pair' && /^(text|sql)$/.test(text(field(p, 'key') ?? p))) add(field(p, 'value'));
      }
      return;
    }
    // `db.execute(sql\`…\`)`, `prisma.$queryRaw(Prisma.sql\`…\`)`: the template is found on its own.
    if (u.type !== 'string' && u.type !== 'template_string') return;
    const f = literalSql(u, ddlContext && !inDownMigration(u), tag === 'sql' ? names : undefined, consts);
    if (f && f.statement) {
      seen.add(u.start);
      out.push(f);
    }
  };
  visit(root, (n) => {
    const typed = n.type === 'binary_expression' ? typedTag(n) : undefined;
    if (typed) add(field(n, 'right'), typed.tag);
    if (n.type !== 'call_expression') return;
    const fn = field(n, 'function');
    const args = field(n, 'arguments');
    if (!fn || !args) return;
    if (args.type === 'template_string') {
      const d = dottedName(fn);
      const last = d?.[d.length - 1];
      if (d && isSqlTag(fn, true)) add(args, 'sql');
      else if (last && TAGS.has(last)) add(args, d.length === 1 ? last : undefined);
      return;
    }
    if (ddlContext && fn.type === 'member_expression') {
      const r = schemaRename(n, fn, kids(args));
      if (r) out.push(r);
    }
    if (fn.type === 'member_expression' || fn.type === 'identifier') {
      const name = fn.type === 'member_expression' ? text(field(fn, 'property') ?? fn) : text(fn);
      if (CALLS.has(name) && (fn.type === 'member_expression' || name.startsWith('$'))) add(kids(args)[0]);
    }
  });
  return { fragments: out, usedConsts };
}

/**
 * `knex.schema.renameTable('events', 'app_events')` (optionally after `.withSchema('s')`) in a
 * migration's up(): the rename the catalog should learn, as the SQL knex sends. Other
 * `schema.*` builder calls create or alter ordinary tables, which carry no partitioning.
 */
function schemaRename(call: N, fn: N, args: N[]): Fragment | undefined {
  const prop = field(fn, 'property');
  if (!prop || text(prop) !== 'renameTable' || !/\.schema\b/.test(text(field(fn, 'object') ?? fn))) return undefined;
  const from = stringValue(args[0]);
  const to = stringValue(args[1]);
  if (from === undefined || to === undefined || inDownMigration(call)) return undefined;
  const ws = /\.withSchema\(\s*(['"])([^'"]+)\1\s*\)/.exec(text(field(fn, 'object') ?? fn));
  const sql = `ALTER TABLE ${ws ? `${ormIdent(ws[2]!)}.` : ''}${ormIdent(from)} RENAME TO ${ormIdent(to)}`;
  const at = call.start;
  return { text: sql, mapOffset: () => at, ddl: true, node: call, interpolated: false, statement: true };
}

/** The text of a constant holding a plain string (`const TABLE = 'leads'`), as SQL would receive it. */
export function constString(v: N | undefined): string | undefined {
  const u = unwrap(v);
  return u?.type === 'string' || u?.type === 'template_string' ? stringValue(u) : undefined;
}
