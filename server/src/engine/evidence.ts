/**
 * Runtime evidence: what the database really ran (the pruning audit's statements that scanned
 * every partition) joined with the static findings by statement shape. A finding whose judged
 * statement has the same shape says "confirmed by the database".
 *
 * The shape is what decides pruning and nothing else: the parse tree without constants and
 * parameters (`$1` from an ORM and `'x'` in a SQL file match; so do IN lists of any length),
 * without the select list, ORDER BY, LIMIT/OFFSET and locking clauses of the statement (ORMs
 * differ there, and our synthesized SQL leaves them out), with column references reduced to
 * the column name and relations to their name (qualification styles differ between ORMs).
 */
import { createHash } from 'node:crypto';
import type { Finding } from './finding';
import { parseSql, type AstNode } from './sql/parse';

export interface EvidenceEntry {
  readonly calls: number;
  readonly totalMs: number;
}

/** Shapes of judged statements, computed once per text (bounded). */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 5000;

const DROPPED_KEYS = new Set(['location', 'stmt_location', 'stmt_len', 'alias', 'schemaname', 'catalogname']);
const TOP_SELECT_DROPPED = new Set(['targetList', 'sortClause', 'limitCount', 'limitOffset', 'limitOption', 'lockingClause']);

function isValue(n: AstNode): boolean {
  return n !== null && typeof n === 'object' && ('A_Const' in n || 'ParamRef' in n || ('TypeCast' in n && isValue(n.TypeCast?.arg)));
}

function normalize(node: AstNode, top: boolean): AstNode {
  if (Array.isArray(node)) {
    // A list of values (IN (…), VALUES) is one value, whatever its length.
    if (node.length > 0 && node.every(isValue)) return ['?'];
    return node.map((n) => normalize(n, false));
  }
  if (node === null || typeof node !== 'object') return node;
  if (isValue(node)) return '?';
  if ('ColumnRef' in node) {
    const fields = (node.ColumnRef?.fields ?? []) as AstNode[];
    const last = fields[fields.length - 1];
    return { ColumnRef: last?.String?.sval ?? (last?.A_Star ? '*' : '?') };
  }
  const out: Record<string, AstNode> = {};
  for (const key of Object.keys(node).sort()) {
    if (DROPPED_KEYS.has(key)) continue;
    const v = node[key];
    if (top && key === 'SelectStmt' && v && typeof v === 'object') {
      const sel: Record<string, AstNode> = {};
      for (const k of Object.keys(v).sort()) if (!TOP_SELECT_DROPPED.has(k) && !DROPPED_KEYS.has(k)) sel[k] = normalize(v[k], false);
      out[key] = sel;
      continue;
    }
    out[key] = normalize(v, false);
  }
  return out;
}

/** The pruning-relevant shape of one statement (a short hash), or undefined when it does not parse. */
export function statementShape(sql: string): string | undefined {
  let shape = memo.get(sql);
  if (shape === undefined) {
    shape = null;
    try {
      const parsed = parseSql(sql);
      if (parsed.statements.length === 1 && !parsed.errors.length) {
        const tree = JSON.stringify(normalize(parsed.statements[0]!.ast, true));
        shape = createHash('sha1').update(tree).digest('hex').slice(0, 16);
      }
    } catch {
      shape = null;
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(sql, shape);
  }
  return shape ?? undefined;
}

export class RuntimeEvidence {
  private byShape = new Map<string, EvidenceEntry>();
  private label = '';

  /** Replaces what is known (a new audit). */
  set(label: string, entries: readonly ({ shape: string } & EvidenceEntry)[]): void {
    this.label = label;
    this.byShape = new Map(entries.map((e) => [e.shape, { calls: e.calls, totalMs: e.totalMs }]));
  }

  get size(): number {
    return this.byShape.size;
  }

  /** The evidence for a finding, when its statement has the shape of an audited one. */
  of(f: Finding): EvidenceEntry | undefined {
    if (!this.byShape.size || !f.statement) return undefined;
    const fp = statementShape(f.statement);
    return fp ? this.byShape.get(fp) : undefined;
  }

  /** The finding's message with the evidence appended. */
  message(f: Finding): string {
    const e = this.of(f);
    if (!e) return f.message;
    const ms = e.totalMs >= 100 ? Math.round(e.totalMs).toLocaleString('en-US') : e.totalMs.toFixed(1);
    return `${f.message} Confirmed by the database${this.label ? ` (${this.label})` : ''}: ${e.calls.toLocaleString('en-US')} calls, ${ms} ms in total.`;
  }
}
