/**
 * Query model → the SQL the ORM sends, as `SqlText` whose pieces map back to the code: the main
 * table's name maps to `from.at`, a joined table's name to its join's `at`, a string condition
 * character by character to the string the user wrote. Only what matters for pruning is
 * rendered faithfully (tables, joins, conditions, statement kind); select lists are `*`-like.
 */
import { type ColumnRef, type Pred, type QueryModel, type Shape, type TableName } from './model';
import { SqlText } from './sqltext';

/** An identifier as ORMs send it: always quoted, embedded quotes doubled. */
export function ormIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function ormTable(t: TableName): string {
  return t.schema ? `${ormIdent(t.schema)}.${ormIdent(t.name)}` : ormIdent(t.name);
}

/** A column qualified the way the ORM qualifies it (by alias when there is one). */
export function ormColumn(t: TableName, column: string, alias?: string): string {
  return `${alias ? ormIdent(alias) : ormTable(t)}.${ormIdent(column)}`;
}

function col(c: ColumnRef): string {
  return ormColumn(c.table, c.column, c.alias);
}

/** Bind-parameter numbering for one statement. */
export interface ParamCounter {
  n: number;
}

export function renderPred(p: Pred, out: SqlText, counter: ParamCounter): void {
  const param = (): string => `$${++counter.n}`;
  switch (p.k) {
    case 'cmp': {
      const c = ormColumn(p.table, p.column, p.alias);
      if (p.op === 'IN' || p.op === 'NOT IN') {
        const ps = Array.from({ length: Math.max(1, p.n) }, param).join(', ');
        out.synth(`${c} ${p.op} (${ps})`);
      } else if (p.op === 'BETWEEN') out.synth(`${c} BETWEEN ${param()} AND ${param()}`);
      else if (p.op === 'NOT BETWEEN') out.synth(`NOT (${c} BETWEEN ${param()} AND ${param()})`);
      else out.synth(`${c} ${p.op} ${param()}`);
      return;
    }
    case 'null':
      out.synth(`${ormColumn(p.table, p.column, p.alias)} IS ${p.not ? 'NOT ' : ''}NULL`);
      return;
    case 'eqcol':
      out.synth(`${col(p.a)} = ${col(p.b)}`);
      return;
    case 'const':
      out.synth(p.value ? '1=1' : '1=0');
      return;
    case 'raw':
      out.synth('(').append(p.sql).synth(')');
      return;
    case 'sub':
      out.synth(`${ormColumn(p.table, p.column, p.alias)} ${p.not ? 'NOT IN' : 'IN'} (`);
      renderSelect(p.query, { k: 'subquery', column: p.select }, out, counter);
      out.synth(')');
      return;
    case 'exists':
      out.synth(`${p.not ? 'NOT ' : ''}EXISTS (`);
      renderSelect(p.query, { k: 'exists' }, out, counter);
      out.synth(')');
      return;
    case 'and':
    case 'or':
      out.synth('(');
      p.parts.forEach((q, i) => {
        if (i) out.synth(p.k === 'and' ? ' AND ' : ' OR ');
        renderPred(q, out, counter);
      });
      out.synth(')');
      return;
    case 'not':
      out.synth('NOT (');
      renderPred(p.part, out, counter);
      out.synth(')');
      return;
  }
}

/** A condition's SQL with its parameters unnumbered: identity of a condition's shape. */
export function predShape(p: Pred): string {
  const t = new SqlText({ start: 0, end: 0 });
  renderPred(p, t, { n: 0 });
  return t.toString().replace(/\$\d+/g, '$');
}

function renderFrom(q: QueryModel, out: SqlText, counter: ParamCounter): void {
  out.synth('FROM ').synth(ormTable(q.from.table), q.from.at);
  if (q.from.alias) out.synth(` AS ${ormIdent(q.from.alias)}`);
  for (const j of q.joins) {
    out.synth(' ');
    if (j.k === 'raw') {
      out.append(j.sql);
      continue;
    }
    out.synth(`${j.kind} JOIN `).synth(ormTable(j.table), j.at);
    if (j.alias) out.synth(` AS ${ormIdent(j.alias)}`);
    if (j.kind === 'CROSS') continue;
    out.synth(' ON ');
    if (!j.on.length) out.synth('TRUE');
    j.on.forEach((p, i) => {
      if (i) out.synth(' AND ');
      renderPred(p, out, counter);
    });
  }
}

function renderWhere(q: QueryModel, out: SqlText, counter: ParamCounter): void {
  if (!q.where.length) return;
  out.synth(' WHERE ');
  q.where.forEach((p, i) => {
    if (i) out.synth(' AND ');
    renderPred(p, out, counter);
  });
}

function mainRef(q: QueryModel): string {
  return q.from.alias ? ormIdent(q.from.alias) : ormTable(q.from.table);
}

/** `WITH name AS (…), …` before a statement. */
function renderWith(q: QueryModel, out: SqlText, counter: ParamCounter): void {
  if (!q.with?.length) return;
  out.synth('WITH ');
  q.with.forEach((c, i) => {
    if (i) out.synth(', ');
    out.synth(`${ormIdent(c.name)} AS (`);
    renderSelect(c.query, c.shape ?? { k: 'select' }, out, counter);
    out.synth(')');
  });
  out.synth(' ');
}

function renderSelect(q: QueryModel, shape: Shape & { k: 'select' | 'count' | 'pluck' | 'exists' | 'subquery' }, out: SqlText, counter: ParamCounter): void {
  renderWith(q, out, counter);
  const t = mainRef(q);
  const list =
    shape.k === 'count'
      ? 'COUNT(*)'
      : shape.k === 'exists'
        ? '1 AS one'
        : shape.k === 'pluck'
          ? shape.columns.map((c) => (c.includes('(') || c.includes(' ') ? c : ormColumn(q.from.table, c, q.from.alias))).join(', ') || `${t}.*`
          : shape.k === 'subquery'
            ? ormColumn(q.from.table, shape.column, q.from.alias)
            : `${t}.*`;
  out.synth(`SELECT ${list} `);
  renderFrom(q, out, counter);
  renderWhere(q, out, counter);
  if ((shape.k === 'select' && shape.limit) || shape.k === 'exists') out.synth(' LIMIT 1');
}

/** The statement an ORM sends for a query and what it does with the rows. */
export function renderQuery(q: QueryModel, shape: Shape, fallback: { start: number; end: number } = q.from.at): SqlText {
  const out = new SqlText(fallback);
  const counter: ParamCounter = { n: 0 };
  switch (shape.k) {
    case 'select':
    case 'count':
    case 'pluck':
    case 'exists':
    case 'subquery':
      renderSelect(q, shape, out, counter);
      break;
    case 'update':
    case 'delete': {
      renderWith(q, out, counter);
      out.synth(shape.k === 'update' ? 'UPDATE ' : 'DELETE FROM ').synth(ormTable(q.from.table), q.from.at);
      if (q.from.alias) out.synth(` AS ${ormIdent(q.from.alias)}`);
      const pk = q.primaryKey ?? 'id';
      if (shape.k === 'update') {
        out.synth(' SET ');
        if (shape.set instanceof SqlText) out.append(shape.set);
        else if (shape.set && shape.set.length) out.synth(shape.set.map((c) => `${ormIdent(c)} = $${++counter.n}`).join(', '));
        else out.synth(`${ormIdent(pk)} = ${ormIdent(pk)}`);
      }
      if (q.joins.length && q.joinedWrites !== 'from') {
        // ActiveRecord and Django move a joined relation into `WHERE pk IN (SELECT pk … JOIN …)`.
        out.synth(` WHERE ${ormColumn(q.from.table, pk, q.from.alias)} IN (SELECT ${ormColumn(q.from.table, pk, q.from.alias)} `);
        renderFrom(q, out, counter);
        renderWhere(q, out, counter);
        out.synth(')');
      } else if (q.joins.length) {
        // `UPDATE … FROM j WHERE on AND where` / `DELETE … USING j WHERE …`.
        const tables = q.joins.filter((j) => j.k === 'table');
        out.synth(shape.k === 'update' ? ' FROM ' : ' USING ');
        tables.forEach((j, i) => {
          if (i) out.synth(', ');
          out.synth(ormTable(j.table), j.at);
          if (j.alias) out.synth(` AS ${ormIdent(j.alias)}`);
        });
        const conds = [...tables.flatMap((j) => j.on), ...q.where];
        if (conds.length) renderWhere({ ...q, where: conds }, out, counter);
      } else renderWhere(q, out, counter);
      break;
    }
  }
  return out;
}

/** The statements of a run's alternatives, as text (tests and debugging). */
export function runSql(run: { readonly alternatives: readonly QueryModel[]; readonly shape: Shape }): string[] {
  return run.alternatives.map((a) => renderQuery(a, run.shape).toString());
}
