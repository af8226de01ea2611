/**
 * Turns libpg-query expression nodes back into SQL text. Two forms:
 *
 * - `exprText(node)`: readable SQL close to what PostgreSQL prints (for messages, partition
 *   bounds and key expressions shown to people);
 * - `normalizeExpr(node)`: a canonical form for comparing expressions. Table qualifiers of
 *   column references and `pg_catalog.` prefixes are dropped, every operator application is
 *   parenthesised and spacing is fixed, so `lower(l.email)` in a query and `lower(email)` in a
 *   partition key normalise to the same string. The pruning analysis normalises query
 *   expressions with this same function to match expression partition keys.
 *
 * Unknown node types print as `<NodeType>` (never throws), which never equals a real expression.
 */
import type { AstNode } from './parse';
import { formatIdent as quoteIdent, formatTypeName } from '../../db/quote';

export function exprText(node: AstNode): string {
  return new Deparser(false).expr(node);
}

export function normalizeExpr(node: AstNode): string {
  return new Deparser(true).expr(node);
}

/** Column names (last field of each column reference, exact case) read by an expression, in first-use order. */
export function referencedColumns(node: AstNode): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    if (!n || typeof n !== 'object') return;
    const rec = n as Record<string, unknown>;
    const cref = rec['ColumnRef'] as { fields?: AstNode[] } | undefined;
    if (cref) {
      const last = cref.fields?.[cref.fields.length - 1];
      const name = last?.String?.sval as string | undefined;
      if (name !== undefined && !out.includes(name)) out.push(name);
      return;
    }
    for (const v of Object.values(rec)) walk(v);
  };
  walk(node);
  return out;
}

/** An identifier as PostgreSQL prints it (the one quoting helper). */
export { quoteIdent };

/** A string literal as PostgreSQL prints it. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const SQL_VALUE_FUNCTIONS: Record<string, string> = {
  SVFOP_CURRENT_DATE: 'CURRENT_DATE',
  SVFOP_CURRENT_TIME: 'CURRENT_TIME',
  SVFOP_CURRENT_TIME_N: 'CURRENT_TIME',
  SVFOP_CURRENT_TIMESTAMP: 'CURRENT_TIMESTAMP',
  SVFOP_CURRENT_TIMESTAMP_N: 'CURRENT_TIMESTAMP',
  SVFOP_LOCALTIME: 'LOCALTIME',
  SVFOP_LOCALTIME_N: 'LOCALTIME',
  SVFOP_LOCALTIMESTAMP: 'LOCALTIMESTAMP',
  SVFOP_LOCALTIMESTAMP_N: 'LOCALTIMESTAMP',
  SVFOP_CURRENT_ROLE: 'CURRENT_ROLE',
  SVFOP_CURRENT_USER: 'CURRENT_USER',
  SVFOP_USER: 'USER',
  SVFOP_SESSION_USER: 'SESSION_USER',
  SVFOP_CURRENT_CATALOG: 'CURRENT_CATALOG',
  SVFOP_CURRENT_SCHEMA: 'CURRENT_SCHEMA',
};

class Deparser {
  constructor(private readonly normalize: boolean) {}

  expr(node: AstNode): string {
    if (node === null || node === undefined) return 'NULL';
    if (Array.isArray(node)) return node.map((n) => this.expr(n)).join(', ');
    const type = Object.keys(node)[0];
    if (type === undefined) return '<empty>';
    const n = node[type];
    switch (type) {
      case 'A_Const':
        return this.constant(n);
      case 'ColumnRef':
        return this.columnRef(n);
      case 'ParamRef':
        return `$${n.number ?? 0}`;
      case 'TypeCast':
        return `${this.operand(n.arg, true)}::${this.typeName(n.typeName)}`;
      case 'FuncCall':
        return this.funcCall(n);
      case 'NamedArgExpr':
        return `${quoteIdent(n.name)} => ${this.expr(n.arg)}`;
      case 'A_Expr':
        return this.aExpr(n);
      case 'BoolExpr': {
        const args: AstNode[] = n.args ?? [];
        // AND, OR and NOT bind more loosely than comparisons: only nested AND/OR/NOT need parentheses.
        const boolOperand = (a: AstNode): string => (!this.normalize && a?.BoolExpr && a.BoolExpr.boolop !== 'NOT_EXPR' ? `(${this.expr(a)})` : this.expr(a));
        if (n.boolop === 'NOT_EXPR') return this.wrap(`NOT ${boolOperand(args[0])}`);
        const op = n.boolop === 'AND_EXPR' ? ' AND ' : ' OR ';
        return this.wrap(args.map(boolOperand).join(op));
      }
      case 'NullTest':
        return this.wrap(`${this.operand(n.arg)} ${n.nulltesttype === 'IS_NOT_NULL' ? 'IS NOT NULL' : 'IS NULL'}`);
      case 'BooleanTest':
        return this.wrap(`${this.operand(n.arg)} ${String(n.booltesttype).replace(/_/g, ' ')}`);
      case 'CoalesceExpr':
        return `COALESCE(${this.expr(n.args ?? [])})`;
      case 'MinMaxExpr':
        return `${n.op === 'IS_GREATEST' ? 'GREATEST' : 'LEAST'}(${this.expr(n.args ?? [])})`;
      case 'NullIfExpr':
        return `NULLIF(${this.expr(n.args ?? [])})`;
      case 'SQLValueFunction':
        return SQL_VALUE_FUNCTIONS[n.op as string] ?? String(n.op);
      case 'A_ArrayExpr':
        return `ARRAY[${this.expr(n.elements ?? [])}]`;
      case 'RowExpr':
        return `ROW(${this.expr(n.args ?? [])})`;
      case 'CollateClause':
        return `${this.operand(n.arg)} COLLATE ${(n.collname ?? []).map((s: AstNode) => quoteIdent(s.String?.sval ?? '')).join('.')}`;
      case 'CaseExpr': {
        const parts = ['CASE'];
        if (n.arg) parts.push(this.expr(n.arg));
        for (const w of n.args ?? []) parts.push(`WHEN ${this.expr(w.CaseWhen?.expr)} THEN ${this.expr(w.CaseWhen?.result)}`);
        if (n.defresult) parts.push(`ELSE ${this.expr(n.defresult)}`);
        parts.push('END');
        return parts.join(' ');
      }
      case 'A_Indirection': {
        // `(a).b` and `(f(x))[1]` need their parentheses; `a[1]` does not.
        const subscriptsOnly = (n.indirection ?? []).every((ind: AstNode) => ind.A_Indices);
        const plainArg = n.arg?.ColumnRef || n.arg?.ParamRef;
        let s = subscriptsOnly && plainArg ? this.expr(n.arg) : `(${this.expr(n.arg)})`;
        for (const ind of n.indirection ?? []) {
          if (ind.String) s += `.${quoteIdent(ind.String.sval)}`;
          else if (ind.A_Star) s += '.*';
          else if (ind.A_Indices) {
            const i = ind.A_Indices;
            s += i.is_slice ? `[${i.lidx ? this.expr(i.lidx) : ''}:${i.uidx ? this.expr(i.uidx) : ''}]` : `[${this.expr(i.uidx)}]`;
          }
        }
        return s;
      }
      case 'List':
        return this.expr(n.items ?? []);
      case 'String':
        return quoteIdent(n.sval ?? '');
      default:
        return `<${type}>`;
    }
  }

  private wrap(s: string): string {
    return this.normalize ? `(${s})` : s;
  }

  /** An operand of an operator: parenthesised when it is itself an operator expression. */
  private operand(node: AstNode, tight = false): string {
    const s = this.expr(node);
    if (this.normalize) return s;
    const type = node ? Object.keys(node)[0] : undefined;
    const compound = type === 'A_Expr' || type === 'BoolExpr' || type === 'NullTest' || type === 'BooleanTest';
    const needs = compound || (tight && (type === 'TypeCast' || type === 'CollateClause' || (type === 'A_Const' && s.startsWith('-'))));
    return needs ? `(${s})` : s;
  }

  private constant(c: AstNode): string {
    if (c.isnull) return 'NULL';
    if (c.ival !== undefined) return String(c.ival.ival ?? 0);
    if (c.fval !== undefined) return String(c.fval.fval ?? '0');
    if (c.boolval !== undefined) return c.boolval.boolval ? 'true' : 'false';
    if (c.sval !== undefined) return quoteLiteral(c.sval.sval ?? '');
    if (c.bsval !== undefined) {
      const v = String(c.bsval.bsval ?? '');
      return `${v[0]?.toUpperCase() === 'X' ? 'X' : 'B'}'${v.slice(1)}'`;
    }
    return 'NULL';
  }

  private columnRef(c: AstNode): string {
    const fields: AstNode[] = c.fields ?? [];
    const names = fields.map((f) => (f.A_Star ? '*' : quoteIdent(f.String?.sval ?? '')));
    if (this.normalize) return names[names.length - 1] ?? '';
    return names.join('.');
  }

  private qualifiedName(names: AstNode[]): string {
    let parts: string[] = names.map((s) => s.String?.sval ?? '');
    if (this.normalize && parts.length > 1 && parts[0] === 'pg_catalog') parts = parts.slice(1);
    // Function and type names: only reserved words are quoted there (left(), timestamp).
    return parts.map((p) => formatTypeName(p)).join('.');
  }

  typeName(t: AstNode): string {
    if (!t) return '';
    let names: string[] = (t.names ?? []).map((s: AstNode) => s.String?.sval ?? '');
    if (names.length > 1 && names[0] === 'pg_catalog') names = names.slice(1);
    let s = names.map((p) => formatTypeName(p)).join('.');
    if (t.setof) s = `SETOF ${s}`;
    const mods: AstNode[] = t.typmods ?? [];
    if (mods.length) s += `(${this.expr(mods)})`;
    for (const b of t.arrayBounds ?? []) {
      const v = b.Integer?.ival;
      s += v !== undefined && v >= 0 ? `[${v}]` : '[]';
    }
    return s;
  }

  private funcCall(f: AstNode): string {
    const name = this.qualifiedName(f.funcname ?? []);
    let display = name;
    if (f.funcformat === 'COERCE_SQL_SYNTAX') {
      const base = this.qualifiedNameWithoutCatalog(f.funcname ?? []);
      const args: AstNode[] = f.args ?? [];
      if (this.normalize) display = base;
      else if (base === 'extract' && args.length === 2 && typeof args[0]?.A_Const?.sval?.sval === 'string') {
        return `EXTRACT(${args[0].A_Const.sval.sval} FROM ${this.expr(args[1])})`;
      } else if (base === 'timezone' && args.length === 2) {
        return `${this.operand(args[1], true)} AT TIME ZONE ${this.operand(args[0], true)}`;
      } else if (base === 'timezone' && args.length === 1) {
        return `${this.operand(args[0], true)} AT LOCAL`;
      } else {
        // Other SQL-syntax functions (SUBSTRING … FROM, POSITION … IN, TRIM …) are ordinary
        // functions when qualified, which keeps the text parseable.
        display = `pg_catalog.${base}`;
      }
    }
    if (f.agg_star) return `${display}(*)`;
    const args: AstNode[] = f.args ?? [];
    const parts = args.map((a, i) => (f.func_variadic && i === args.length - 1 ? `VARIADIC ${this.expr(a)}` : this.expr(a)));
    let s = `${display}(${f.agg_distinct ? 'DISTINCT ' : ''}${parts.join(', ')})`;
    if (f.agg_order?.length) s = s.slice(0, -1) + ` ORDER BY <order>)`;
    return s;
  }

  private qualifiedNameWithoutCatalog(names: AstNode[]): string {
    const parts: string[] = names.map((s) => s.String?.sval ?? '');
    const p = parts.length > 1 && parts[0] === 'pg_catalog' ? parts.slice(1) : parts;
    return p.map((x) => formatTypeName(x)).join('.');
  }

  private opName(names: AstNode[]): string {
    const parts: string[] = (names ?? []).map((s) => s.String?.sval ?? '');
    if (parts.length === 1) return parts[0]!;
    const p = this.normalize && parts[0] === 'pg_catalog' ? parts.slice(1) : parts;
    return p.length === 1 ? p[0]! : `OPERATOR(${p.join('.')})`;
  }

  private aExpr(e: AstNode): string {
    const op = this.opName(e.name);
    const l = e.lexpr !== undefined ? this.operand(e.lexpr) : undefined;
    const rList = (): string => this.expr(e.rexpr?.List?.items ?? e.rexpr ?? []);
    let s: string;
    switch (e.kind) {
      case 'AEXPR_OP':
        s = l === undefined ? `${op}${this.operand(e.rexpr)}` : `${l} ${op} ${this.operand(e.rexpr)}`;
        break;
      case 'AEXPR_OP_ANY':
        s = `${l} ${op} ANY (${this.expr(e.rexpr)})`;
        break;
      case 'AEXPR_OP_ALL':
        s = `${l} ${op} ALL (${this.expr(e.rexpr)})`;
        break;
      case 'AEXPR_DISTINCT':
        s = `${l} IS DISTINCT FROM ${this.operand(e.rexpr)}`;
        break;
      case 'AEXPR_NOT_DISTINCT':
        s = `${l} IS NOT DISTINCT FROM ${this.operand(e.rexpr)}`;
        break;
      case 'AEXPR_NULLIF':
        s = `NULLIF(${l}, ${this.expr(e.rexpr)})`;
        break;
      case 'AEXPR_IN':
        s = `${l} ${op === '<>' ? 'NOT IN' : 'IN'} (${rList()})`;
        break;
      case 'AEXPR_LIKE':
        s = `${l} ${op === '!~~' ? 'NOT LIKE' : 'LIKE'} ${this.operand(e.rexpr)}`;
        break;
      case 'AEXPR_ILIKE':
        s = `${l} ${op === '!~~*' ? 'NOT ILIKE' : 'ILIKE'} ${this.operand(e.rexpr)}`;
        break;
      case 'AEXPR_SIMILAR':
        s = `${l} ${op === '!~' ? 'NOT SIMILAR TO' : 'SIMILAR TO'} ${this.operand(e.rexpr)}`;
        break;
      case 'AEXPR_BETWEEN':
      case 'AEXPR_NOT_BETWEEN':
      case 'AEXPR_BETWEEN_SYM':
      case 'AEXPR_NOT_BETWEEN_SYM': {
        const items: AstNode[] = e.rexpr?.List?.items ?? [];
        const word = String(e.kind).replace('AEXPR_', '').replace('_SYM', ' SYMMETRIC').replace('NOT_', 'NOT ');
        s = `${l} ${word} ${this.operand(items[0])} AND ${this.operand(items[1])}`;
        break;
      }
      default:
        s = `<${String(e.kind)}>`;
    }
    return this.wrap(s);
  }
}
