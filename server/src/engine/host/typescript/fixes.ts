/**
 * Quick fixes in TypeScript for findings of this module: add a partition-key condition in the
 * ORM's own syntax (Prisma `where`, Drizzle `and(…)`, Knex / Kysely `.where(…)`), or suppress
 * the finding with `// partition-lens-disable-next-line` on the line above.
 */
import type { Finding } from '../../finding';
import type { HostEdit, HostQuickFix } from '../types';
import { propertyOf, type ModelRegistry } from './models';

/** A lower bound that compiles as is and selects recent partitions only: the last 30 days. */
const RECENT = 'new Date(Date.now() - 30 * 86_400_000)';

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
    out.push({ title, edits: [e], preferred: true });
  };
  switch (host.framework) {
    case 'prisma': {
      const model = registry.find('prisma', String(host.model));
      const prop = model ? propertyOf(model, key) : key;
      const cond = range ? `${prop}: { gte: ${RECENT} }` : `${prop}: ${prop}`;
      const title = `Add a ${prop} condition to the Prisma where`;
      if (host.mode === 'where') edit({ start: at, end: at, newText: host.empty ? ` ${cond} ` : ` ${cond},` }, title);
      else if (host.mode === 'args') edit({ start: at, end: at, newText: host.empty ? ` where: { ${cond} } ` : ` where: { ${cond} },` }, title);
      else if (host.mode === 'no-args') edit({ start: at, end: at, newText: `{ where: { ${cond} } }` }, title);
      break;
    }
    case 'drizzle': {
      const model = registry.find('drizzle', String(host.table));
      const prop = model ? propertyOf(model, key) : key;
      const ref = String(host.ref ?? host.table);
      const cond = range ? `gte(${ref}.${prop}, ${RECENT})` : `eq(${ref}.${prop}, ${prop})`;
      const title = `Add ${range ? 'gte' : 'eq'}(${ref}.${prop}, …) to the where`;
      if (host.mode === 'and') edit({ start: at, end: at, newText: `, ${cond}` }, title);
      else if (host.mode === 'wrap') {
        const end = Number(host.end);
        edit({ start: at, end, newText: `and(${text.slice(at, end)}, ${cond})` }, title);
      } else if (host.mode === 'none') edit({ start: at, end: at, newText: `.where(${cond})` }, title);
      break;
    }
    case 'knex':
    case 'kysely': {
      const col = host.column ? `${String(host.column)}.${key}` : key;
      const cond = range ? `.where('${col}', '>=', ${RECENT})` : `.where('${col}', '=', ${key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())})`;
      edit({ start: at, end: at, newText: cond }, `Add ${cond.slice(0, cond.indexOf(',', cond.indexOf(',') + 1))}, …) on the partition key`);
      break;
    }
    default:
      break;
  }
  return out;
}
