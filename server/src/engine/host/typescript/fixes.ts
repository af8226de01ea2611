/**
 * Quick fixes in TypeScript for findings of this module: add a partition-key condition in the
 * ORM's own syntax (Prisma `where`, Drizzle `and(…)`, Knex / Kysely `.where(…)`), or suppress
 * the finding with `// partition-lens-disable-next-line` on the line above.
 */
import type { Finding } from '../../finding';
import type { HostEdit, HostQuickFix } from '../types';
import { propertyOf, type ModelRegistry } from './models';

/** Tab stop `n` (the user writes the value; a guessed bound would change what the query returns). */
const stop = (n: number, name: string): string => `\${${n}:${name}}`;
/** Escapes a name for snippet text (`$` is special there and legal in JavaScript names). */
const esc = (s: string): string => s.replace(/[$}\\]/g, (c) => `\\${c}`);
/** The snippet shown in a title, placeholders as their names. */
const shown = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\(.)/g, '$1');

export function suppressFix(text: string, offset: number): HostQuickFix {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  return {
    title: 'Suppress with // partition-lens-disable-next-line',
    edits: [{ start: lineStart, end: lineStart, newText: `${indent}// partition-lens-disable-next-line\n` }],
  };
}

export function keyFixes(text: string, finding: Finding, registry: ModelRegistry): HostQuickFix[] {
  const hint = finding.fix;
  const host = hint?.host;
  const key = hint?.keyColumns[0];
  if (!hint || !host || !key || !/^[A-Za-z_]\w*$/.test(key)) return [];
  const range = hint.strategy === 'range';
  const at = Number(host.at);
  const out: HostQuickFix[] = [];
  const edit = (e: HostEdit, title: string): void => {
    out.push({ title: `${shown(title)} — fill in the values`, edits: [{ ...e, snippet: true }], preferred: true });
  };
  switch (host.framework) {
    case 'prisma': {
      const model = registry.find('prisma', String(host.model));
      const prop = esc(model ? propertyOf(model, key) : key);
      const cond = range ? `${prop}: { gte: ${stop(1, 'from')}, lt: ${stop(2, 'to')} }` : `${prop}: ${stop(1, 'value')}`;
      const title = `Add a ${prop} condition to the Prisma where`;
      if (host.mode === 'where') edit({ start: at, end: at, newText: host.empty ? ` ${cond} ` : ` ${cond},` }, title);
      else if (host.mode === 'args') edit({ start: at, end: at, newText: host.empty ? ` where: { ${cond} } ` : ` where: { ${cond} },` }, title);
      else if (host.mode === 'no-args') edit({ start: at, end: at, newText: `{ where: { ${cond} } }` }, title);
      break;
    }
    case 'drizzle': {
      const model = registry.find('drizzle', String(host.table));
      const prop = esc(model ? propertyOf(model, key) : key);
      const ref = esc(String(host.ref ?? host.table));
      const cond = range ? `gte(${ref}.${prop}, ${stop(1, 'from')}), lt(${ref}.${prop}, ${stop(2, 'to')})` : `eq(${ref}.${prop}, ${stop(1, 'value')})`;
      const title = `Add ${range ? 'gte/lt' : 'eq'}(${ref}.${prop}, …) to the where`;
      if (host.mode === 'and') edit({ start: at, end: at, newText: `, ${cond}` }, title);
      else if (host.mode === 'wrap') {
        const end = Number(host.end);
        edit({ start: at, end, newText: `and(${esc(text.slice(at, end))}, ${cond})` }, title);
      } else if (host.mode === 'none') edit({ start: at, end: at, newText: range ? `.where(and(${cond}))` : `.where(${cond})` }, title);
      break;
    }
    case 'knex':
    case 'kysely': {
      const col = esc(host.column ? `${String(host.column)}.${key}` : key);
      const cond = range ? `.where('${col}', '>=', ${stop(1, 'from')}).where('${col}', '<', ${stop(2, 'to')})` : `.where('${col}', '=', ${stop(1, 'value')})`;
      edit({ start: at, end: at, newText: cond }, `Add .where('${col}', ${range ? "'>=' …).where(… '<'" : "'='"}, …) on the partition key`);
      break;
    }
    default:
      break;
  }
  return out;
}

/** One sentence saying how to add the key condition in the ORM's own syntax. */
export function ormAdvice(framework: string, fix: Readonly<Record<string, string | number>>, strategy: string, key: string, registry: ModelRegistry): string | undefined {
  const range = strategy === 'range';
  const model = (fw: 'prisma' | 'drizzle' | 'sequelize' | 'typeorm', name: string | number | undefined) =>
    name === undefined ? undefined : registry.find(fw, String(name));
  switch (framework) {
    case 'prisma': {
      const m = model('prisma', fix.model);
      const p = m ? propertyOf(m, key) : key;
      return `In Prisma: add ${range ? `${p}: { gte: … }` : `${p}: …`} to the where.`;
    }
    case 'drizzle': {
      const m = model('drizzle', fix.table);
      const p = m ? propertyOf(m, key) : key;
      // A condition met outside a table reference (a callback's parameter) names no table: say "table".
      const ref = fix.ref ?? fix.table;
      return `In Drizzle: add ${range ? 'gte' : 'eq'}(${ref === undefined || ref === 'undefined' ? 'table' : String(ref)}.${p}, …) to the where.`;
    }
    case 'knex':
    case 'kysely':
      return `Add .where('${key}', ${range ? "'>='" : "'='"}, …) to the query.`;
    case 'sequelize': {
      const m = model('sequelize', fix.model);
      const p = m ? propertyOf(m, key) : key;
      // An instance is written by its primary key alone: the key must be part of it, or the write a static one.
      if (fix.mode === 'instance') return `In Sequelize: an instance is saved by its primary key; declare ${p} with primaryKey: true, or write with ${m?.modelName ?? 'Model'}.update(values, { where: { id, ${p} } }).`;
      return `In Sequelize: add ${range ? `${p}: { [Op.gte]: … }` : `${p}: …`} to the ${fix.mode === 'getter' ? "getter's " : ''}where.`;
    }
    case 'typeorm': {
      const m = model('typeorm', fix.entity);
      const p = m ? propertyOf(m, key) : key;
      return `In TypeORM: add ${range ? `${p}: MoreThanOrEqual(…)` : `${p}: …`} to the where.`;
    }
    default:
      return undefined;
  }
}
