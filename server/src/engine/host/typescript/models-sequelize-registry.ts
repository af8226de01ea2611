/**
 * Sequelize model registries written by hand: `const db = { Lead: require('./lead')(sequelize,
 * DataTypes) }` or `db.Lead = require('./lead')(sequelize, DataTypes)`. The key queries use
 * (`db.Lead.findAll`) is not the `define('t_lead', …)` name, so the index keeps key → module and
 * the registry answers the key with the one Sequelize model that module defines.
 */
import { definitionDefine, mayDefineFromObjects } from './sequelize-definition-objects';
import { dottedName, field, kids, stringValue, text, unwrap, visit, type N } from './ast';

/** A registry key and the module specifier whose factory result it holds. */
export interface SequelizeAlias {
  readonly name: string;
  readonly spec: string;
}

/** Cheap test whether a file may build such a registry. */
export function mayAliasSequelizeModels(src: string): boolean {
  return /require\s*\(\s*['"]\.[^'"]*['"]\s*\)\s*\(/.test(src) || /\w\s*\(\s*sequelize\b/.test(src) || mayDefineFromObjects(src);
}

/** `require('./lead')(…)` or `leadFactory(…)` with `leadFactory` imported/required by default: the specifier. */
function factorySpec(v: N | undefined, imported: ReadonlyMap<string, string>): string | undefined {
  const c = unwrap(v);
  if (c?.type !== 'call_expression') return undefined;
  const fn = unwrap(field(c, 'function'));
  if (fn?.type === 'identifier') return imported.get(text(fn));
  if (fn?.type !== 'call_expression') return undefined;
  const inner = dottedName(field(fn, 'function'));
  if (inner?.length !== 1 || inner[0] !== 'require') return undefined;
  return stringValue(kids(field(fn, 'arguments') ?? fn)[0]);
}

/** Names bound to a module's default export: `import f from './lead'`, `const f = require('./lead')`. */
function defaultImports(root: N): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of kids(root)) {
    if (s.type === 'import_statement') {
      const src = stringValue(field(s, 'source'));
      const clause = kids(s).find((k) => k.type === 'import_clause');
      const def = clause ? kids(clause).find((k) => k.type === 'identifier') : undefined;
      if (src?.startsWith('.') && def) out.set(text(def), src);
    } else if (s.type === 'lexical_declaration' || s.type === 'variable_declaration') {
      for (const d of kids(s)) {
        if (d.type !== 'variable_declarator') continue;
        const name = field(d, 'name');
        const v = unwrap(field(d, 'value'));
        if (name?.type !== 'identifier' || v?.type !== 'call_expression') continue;
        const fn = dottedName(field(v, 'function'));
        const src = fn?.length === 1 && fn[0] === 'require' ? stringValue(kids(field(v, 'arguments') ?? v)[0]) : undefined;
        if (src?.startsWith('.')) out.set(text(name), src);
      }
    }
  }
  return out;
}

/** The registry keys a file binds to model factories' results (relative modules only). */
export function sequelizeAliases(root: N): SequelizeAlias[] {
  const imported = defaultImports(root);
  const out: SequelizeAlias[] = [];
  const add = (name: string | undefined, v: N | undefined): void => {
    const spec = name ? factorySpec(v, imported) : undefined;
    if (name && spec?.startsWith('.')) out.push({ name, spec });
  };
  visit(root, (n) => {
    if (n.type === 'pair') {
      const k = field(n, 'key');
      add(k?.type === 'property_identifier' ? text(k) : stringValue(k), field(n, 'value'));
    } else if (n.type === 'assignment_expression') {
      const l = dottedName(field(n, 'left'));
      if (l && l.length === 2) add(l[1], field(n, 'right'));
    } else if (n.type === 'variable_declarator') {
      const name = field(n, 'name');
      if (name?.type === 'identifier') add(text(name), field(n, 'value'));
      // `const leadModel = sequelize.define(defn.tableName, defn.attributes, …)`: bound to defn's module.
      const d = definitionDefine(n, imported);
      if (d) out.push(d);
    }
  });
  return out;
}
