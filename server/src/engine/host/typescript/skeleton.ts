/**
 * Skeleton units: an exported function whose body names nothing that can reach the database is
 * kept only as its declaration (export, name, and the function node without a body). The scan
 * needs such a unit for the module's exports, never for queries; copying its body (most of a
 * typical file: formatting, validation, UI helpers) was most of the copying work.
 *
 * A body "names nothing that can reach the database" when it matches none of the scan's ORM
 * hints, and none of its words is a name bound at the file's top level (imports, declarations
 * of the units copied in full), a model name of the index, a name the knex translator accepts
 * as a client root, or an ORM method name. Anything else is copied in full, as before.
 */
import type { Node as TsNode } from 'web-tree-sitter';
import type { N } from './ast';
import type { ModelRegistry } from './models';

/** The scan's unit hint without its `import`/`export` alternative: a body that matches it is copied in full. */
export const BODY_HINT =
  /\brequire\s*\(|\bexports\b|\btableName\b|prisma|knex|drizzle|kysely|sequelize|\bsql\b|\.(query|raw|execute|where|from|find\w*|count|destroy|update|delete|select\w*|updateTable|deleteFrom|define|init)\s*[(`]|\$(query|execute)Raw|Repository|@Entity|pgTable|pgSchema|\b(select|insert|update|delete|with|merge|create|alter|drop)\b/i;

/** Client roots of the knex translator and ORM method names: a body with one of these words is copied in full. */
const VETO_WORDS = new Set(
  (
    'knex db trx tx k pg database conn connection qb builder query this super arguments eval ' +
    'createQueryBuilder getMany getOne getRawMany getRawOne getCount getManyAndCount relatedQuery $relatedQuery $query $transaction transaction ' +
    'upsert aggregate groupBy increment decrement pluck first del truncate innerJoin leftJoin rightJoin fullOuterJoin ' +
    'withGraphFetched withGraphJoined modify then exec manager model models table schema'
  ).split(' '),
);

const WORD = /[A-Za-z_$][\w$]*/g;

/** The distinct words of a text. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.match(WORD) ?? [])];
}

const DECLARATIONS = new Set(['function_declaration', 'generator_function_declaration']);

/**
 * Whether a top-level statement may become a skeleton: `export function f(…) {…}` or
 * `export const f = (…) => …` whose text (past `export`) matches no ORM hint. The words test
 * (`reaches`) comes later, once the file's top-level names are known.
 */
export function skeletonCandidate(c: TsNode, utext: string): boolean {
  if (c.type !== 'export_statement' || !/^export\s+(?:async\s+)?(?:function|const)\b/.test(utext) || BODY_HINT.test(utext)) return false;
  const d = c.childForFieldName('declaration');
  if (!d) return false;
  if (DECLARATIONS.has(d.type)) return true;
  if (d.type !== 'lexical_declaration') return false;
  const decls = d.namedChildren.filter((x) => x?.type === 'variable_declarator');
  if (decls.length !== 1) return false;
  const v = decls[0]!.childForFieldName('value');
  return v?.type === 'arrow_function' || v?.type === 'function_expression';
}

/** Whether a candidate's words meet a name through which code can reach the database. */
export function skeletonBlocked(words: readonly string[], scope: ReadonlySet<string>): boolean {
  return words.some((w) => scope.has(w) || VETO_WORDS.has(w));
}

const modelWords = new WeakMap<ModelRegistry, { version: number; words: Set<string> }>();

/** Names of every model the index knows (cached per registry version). */
export function registryWords(registry: ModelRegistry): ReadonlySet<string> {
  const hit = modelWords.get(registry);
  if (hit && hit.version === registry.version) return hit.words;
  const words = new Set<string>();
  for (const m of registry.all()) {
    words.add(m.modelName);
    for (const n of m.names) words.add(n);
  }
  modelWords.set(registry, { version: registry.version, words });
  return words;
}

function leaf(type: string, field: string | null, x: TsNode, base: number, src: string, parent: N): N {
  const n: N = { type, start: x.startIndex - base, end: x.endIndex - base, field, children: [], parent, src };
  parent.children.push(n);
  return n;
}

/** The declaration part of a candidate: export statement, declaration, name (and the declarator's value node, bodiless). */
export function skeletonOf(c: TsNode, base: number, src: string): N {
  const root: N = { type: 'export_statement', start: c.startIndex - base, end: c.endIndex - base, field: null, children: [], parent: null, src };
  const d = c.childForFieldName('declaration')!;
  const decl = leaf(d.type, 'declaration', d, base, src, root);
  if (DECLARATIONS.has(d.type)) {
    const name = d.childForFieldName('name');
    if (name) leaf(name.type, 'name', name, base, src, decl);
    return root;
  }
  for (const v of d.namedChildren) {
    if (v?.type !== 'variable_declarator') continue;
    const vn = leaf(v.type, null, v, base, src, decl);
    const name = v.childForFieldName('name');
    const value = v.childForFieldName('value');
    if (name) leaf(name.type, 'name', name, base, src, vn);
    if (value) leaf(value.type, 'value', value, base, src, vn);
  }
  return root;
}
