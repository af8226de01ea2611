/**
 * Kysely's `CamelCasePlugin`: a client made with `plugins: [new CamelCasePlugin()]` sends the
 * camelCase table and column names the code writes (`agentOutputs.createdAt`) as snake_case
 * (`agent_outputs.created_at`). Names with an upper-case letter are only translated once the
 * client that runs the query is seen; when it is not, the query is not judged (precision first).
 */
import type { Link, N } from './ast';
import { NeedsIndex, resolvers } from './inline';
import { importsAt, namesOfExport, namesPattern } from './package-names';
import { Dynamic } from './sqlgen';

/** How the client of the query under translation names things (set per top-level query). */
let casing: { root: Extract<Link, { kind: 'root' }> | undefined; mode?: 'plain' | 'snake' } = { root: undefined };

/** Runs a top-level Kysely translation whose client is `root` (nested subqueries keep their query's client). */
export function withCasing<T>(root: Link | undefined, nested: boolean, f: () => T): T {
  if (nested) return f();
  const saved = casing;
  casing = { root: root?.kind === 'root' ? root : undefined };
  try {
    return f();
  } finally {
    casing = saved;
  }
}

/** Kysely's default snake_case mapper (kysely/dist/esm/plugin/camel-case/camel-case.js). */
export function kyselySnakeCase(s: string): string {
  if (s.length === 0) return s;
  let out = s[0]!.toLowerCase();
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    const p = s[i - 1]!;
    const isUpper = (x: string): boolean => x === x.toUpperCase() && x.toUpperCase() !== x.toLowerCase();
    out += isUpper(c) ? (isUpper(p) ? c.toLowerCase() : `_${c.toLowerCase()}`) : c;
  }
  return out;
}

/** A table or column name as the client sends it. */
export function kyselyName(name: string): string {
  if (!/[A-Z]/.test(name) || /^".*"$/.test(name)) return name;
  casing.mode ??= clientCasing();
  return casing.mode === 'snake' ? kyselySnakeCase(name) : name;
}

/** Whether the client renames camelCase names (asked only when the query has such names). */
export function renamesCamelCase(): boolean {
  casing.mode ??= clientCasing();
  return casing.mode === 'snake';
}

/** A dotted reference (`agentOutputs.leadId`) as the client sends it. */
export function kyselyRef(ref: string): string {
  return ref
    .split('.')
    .map((p) => (p.trim() === '*' ? p : kyselyName(p.trim())))
    .join('.');
}

function clientCasing(): 'plain' | 'snake' {
  const root = casing.root;
  const r = resolvers[resolvers.length - 1];
  if (!r) throw new NeedsIndex('Kysely client options');
  const init: N | undefined = root?.name && root.name !== 'this' ? r.clientInit?.(root.name, root.node) : undefined;
  const src = init ? init.src.slice(init.start, init.end) : '';
  // `new Kysely`, `new CamelCasePlugin()` as the client's file names them (a renamed or namespace import).
  const imports = init ? importsAt(init) : [];
  const kysely = namesPattern(namesOfExport(imports, isKyselySpec, 'Kysely'));
  const camel = namesPattern(namesOfExport(imports, isKyselySpec, 'CamelCasePlugin'));
  if (!new RegExp(`(?<![\\w$.])new\\s+(?:${kysely})(?![\\w$])`).test(src)) {
    // A client we cannot name (injected, `db or trx`): the casing every client of the workspace shares.
    const mode = r.kyselyNaming?.() ?? 'unknown';
    if (mode === 'unknown') throw new Dynamic('camelCase name; client not visible');
    return mode;
  }
  if (!new RegExp(`(?<![\\w$])(?:${camel})(?![\\w$])`).test(src)) return /\bplugins\s*:/.test(src) ? fail() : 'plain';
  // Options (`upperCase`, `underscoreBeforeDigits`, …) change the mapping: not judged.
  return new RegExp(`(?<![\\w$.])new\\s+(?:${camel})\\s*\\(\\s*\\)`).test(src) ? 'snake' : fail();
}

/** The package Kysely's classes come from. */
export function isKyselySpec(spec: string): boolean {
  return spec === 'kysely';
}

function fail(): never {
  throw new Dynamic('Kysely plugins that may rename');
}
