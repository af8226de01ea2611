/**
 * SQL conditions held in a local variable of the method that uses them:
 * `subquery = <<~SQL.squish … SQL` then `where(subquery)`. The local must be assigned exactly once,
 * unconditionally (in a body that encloses the use), before the use, from a string or heredoc, and
 * never changed in place; otherwise it is not read (the condition stays unknown). Also the
 * string conditions of `where` themselves (a literal, `[sql, binds]`, a heredoc).
 */
import { SqlText } from '../../query/sqltext';
import { isStringNode, stringSql } from './strings';
import { child, namedChildren, textOf, type RNode } from './syntax';
import type { Env, EvalContext } from './ar-values';

const WHITESPACE = /^(squish|strip|chomp|freeze|dup|strip_heredoc|dedent|lstrip|rstrip)$/;
/** Calls that change a string in place. */
const MUTATES = /^(<<|concat|prepend|insert|replace|[a-z_]+!)$/;
const SCOPES = new Set(['method', 'singleton_method', 'block', 'do_block', 'lambda', 'program', 'class', 'module']);

/** The string or heredoc beginning a text expression stands for (`<<~SQL.squish` → the heredoc). */
function textExpr(src: string, n: RNode | undefined): RNode | undefined {
  if (!n) return undefined;
  if (n.type === 'heredoc_beginning' || isStringNode(n)) return n;
  if (n.type === 'call' && !child(n, 'arguments') && !child(n, 'block')) {
    const m = child(n, 'method');
    if (m && WHITESPACE.test(textOf(src, m))) return textExpr(src, child(n, 'receiver'));
  }
  return undefined;
}

/** The string/heredoc node a local used at `use` was assigned from, or undefined. */
export function localSqlText(src: string, use: RNode): RNode | undefined {
  if (use.type !== 'identifier') return undefined;
  const name = textOf(src, use);
  let scope: RNode | null = use.parent;
  while (scope && !SCOPES.has(scope.type)) scope = scope.parent;
  if (!scope || scope.type === 'program' || scope.type === 'class' || scope.type === 'module') return undefined;
  // A parameter of that name (of the method or of a block) is not a local we can read.
  const params = child(scope, 'parameters');
  if (params && namedChildren(params).some((p) => textOf(src, child(p, 'name') ?? p) === name)) return undefined;
  const assigns: RNode[] = [];
  let spoiled = false;
  const walk = (n: RNode): void => {
    for (const c of n.children) {
      if (c.type === 'method' || c.type === 'singleton_method') continue;
      if ((c.type === 'block' || c.type === 'do_block') && child(c, 'parameters') && namedChildren(child(c, 'parameters')!).some((p) => textOf(src, child(p, 'name') ?? p) === name)) continue;
      const left = child(c, 'left');
      if (c.type === 'assignment' && left?.type === 'identifier' && textOf(src, left) === name) assigns.push(c);
      else if (c.type === 'assignment' && left?.type === 'left_assignment_list' && textOf(src, left).split(/[\s,*()]+/).includes(name)) spoiled = true;
      else if (c.type === 'operator_assignment' && left?.type === 'identifier' && textOf(src, left) === name) spoiled = true;
      else if (c.type === 'binary' && left?.type === 'identifier' && textOf(src, left) === name && c.children.some((x) => x.type === '<<')) spoiled = true;
      else if (c.type === 'call') {
        const recv = child(c, 'receiver');
        const m = child(c, 'method');
        if (recv?.type === 'identifier' && textOf(src, recv) === name && m && MUTATES.test(textOf(src, m))) spoiled = true;
      }
      if (c.children.length) walk(c);
    }
  };
  walk(scope);
  if (spoiled || assigns.length !== 1) return undefined;
  const a = assigns[0]!;
  if (a.end > use.start) return undefined;
  // Assigned in a body that encloses the use (not inside a branch the use is outside of).
  let up: RNode | null = use.parent;
  while (up && up !== a.parent) up = up.parent;
  if (!up) return undefined;
  return textExpr(src, child(a, 'right'));
}

/** The SQL of a string or heredoc (synthesized at the call when the text is another file's). */
export function sqlOfString(ctx: EvalContext, n: RNode): SqlText | undefined {
  let node = n;
  if (n.type === 'heredoc_beginning') {
    const body = ctx.heredocs.get(n);
    if (!body) return undefined;
    node = body;
  }
  if (ctx.foreign) {
    const text = stringSql(ctx.src, node, { tableFor: ctx.tableFor })?.toString();
    return text === undefined ? undefined : new SqlText(ctx.foreign).synth(text);
  }
  return stringSql(ctx.src, node, { tableFor: ctx.tableFor });
}

/** A string condition (`"created_at >= ?"`, `["a = ?", x]`, a heredoc), or undefined. */
export function stringCondition(ctx: EvalContext, args: RNode[], env: Env): SqlText | undefined {
  const first = arelSqlString(ctx, args[0]);
  if (!first) return undefined;
  if (isStringNode(first) || first.type === 'heredoc_beginning') return sqlOfString(ctx, first);
  if (first.type === 'array') {
    const el = namedChildren(first)[0];
    if (el && (isStringNode(el) || el.type === 'heredoc_beginning')) return sqlOfString(ctx, el);
  }
  // `where(subquery)` with the SQL assigned to a local of the method once (`subquery = <<~SQL`).
  if (first.type === 'identifier' && env.get(textOf(ctx.src, first))?.k !== 'rel') {
    const text = localSqlText(ctx.src, first);
    if (text) return sqlOfString(ctx, text);
  }
  return undefined;
}

/** `Arel.sql("…")`: the SQL literal ActiveRecord sends as written, like a string condition. */
function arelSqlString(ctx: EvalContext, n: RNode | undefined): RNode | undefined {
  if (n?.type !== 'call' || textOf(ctx.src, child(n, 'method') ?? n) !== 'sql') return n;
  const recv = child(n, 'receiver');
  const args = namedChildren(child(n, 'arguments') ?? n);
  const inner = args.length === 1 ? args[0]! : undefined;
  return recv && /^(::)?Arel$/.test(textOf(ctx.src, recv)) && inner && (isStringNode(inner) || inner.type === 'heredoc_beginning') ? inner : n;
}
