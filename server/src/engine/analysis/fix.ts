/**
 * Where a quick fix can add a partition-key filter for a table reference: after the existing
 * WHERE condition of the query level that holds the reference (` AND …`), or after its FROM
 * clause (` WHERE …`). Found with the PostgreSQL scanner's tokens, because the parser gives
 * node start locations only.
 */
import { scanSync } from 'libpg-query';
import type { ParsedStatement } from '../sql/parse';

interface Tok {
  start: number;
  end: number;
  text: string;
  tokenName?: string;
  keywordName?: string;
}

/** Clause keywords that end a WHERE clause (or a FROM clause) at the same nesting level. */
const ENDS = new Set(['GROUP', 'HAVING', 'WINDOW', 'ORDER', 'LIMIT', 'OFFSET', 'FETCH', 'FOR', 'UNION', 'INTERSECT', 'EXCEPT', 'RETURNING', 'WHEN']);

const cache = new WeakMap<ParsedStatement, Tok[]>();

function tokens(stmt: ParsedStatement): Tok[] {
  let t = cache.get(stmt);
  if (!t) {
    try {
      t = (scanSync(stmt.sql).tokens as Tok[]).filter((x) => x.tokenName !== 'SQL_COMMENT' && x.tokenName !== 'C_COMMENT');
    } catch {
      t = [];
    }
    cache.set(stmt, t);
  }
  return t;
}

/** The insertion point for the reference whose table name starts at `byteLocation`. */
export function insertionPoint(stmt: ParsedStatement, byteLocation: number): { offset: number; mode: 'and' | 'where' } | undefined {
  const toks = tokens(stmt);
  let i = toks.findIndex((t) => t.start === byteLocation);
  if (i < 0) return undefined;
  let depth = 0;
  let sawWhere = false;
  let lastEnd = toks[i]!.end;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      const up = t.text.toUpperCase();
      if (t.text === ';') break;
      if (up === 'WHERE' && t.keywordName === 'RESERVED_KEYWORD') sawWhere = true;
      else if (ENDS.has(up) && t.keywordName !== 'NO_KEYWORD') break;
    }
    lastEnd = t.end;
  }
  return { offset: stmt.offsetOf(lastEnd), mode: sawWhere ? 'and' : 'where' };
}
