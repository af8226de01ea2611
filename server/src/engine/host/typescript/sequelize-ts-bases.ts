/**
 * sequelize-typescript models that extend the application's own base classes (Outline's
 * `@Table({ tableName: 'leads' }) class Lead extends IdModel`, where `IdModel extends BaseModel`
 * and `BaseModel extends Model` from 'sequelize-typescript', often in other files). Such a class
 * is a model exactly like one that extends `Model` directly: what makes it one is the `@Table`
 * decorator of sequelize-typescript, so the file must import `Table` from that package. An
 * abstract base class carries no `@Table` and so is never a table itself.
 */
import { field, kids, stringValue, text, type N } from './ast';

/** Whether `cls` names a superclass the model check accepts: `Model` itself or any class when `@Table` is sequelize-typescript's. */
export function sequelizeModelHeritage(cls: N, tableDecorator: string): boolean {
  const heritage = cls.children.find((c) => c.type === 'class_heritage');
  if (!heritage) return false;
  if (/\bModel\b/.test(text(heritage))) return true;
  return importsFromSequelizeTypescript(rootOf(cls), tableDecorator);
}

function rootOf(n: N): N {
  let r = n;
  while (r.parent) r = r.parent;
  return r;
}

/** `import { Table } from 'sequelize-typescript'` (or `{ Table as T }`, bound to `name`) at the top of the file. */
function importsFromSequelizeTypescript(root: N, name: string): boolean {
  for (const s of kids(root)) {
    if (s.type !== 'import_statement' || stringValue(s.children.find((c) => c.type === 'string')) !== 'sequelize-typescript') continue;
    const clause = kids(s).find((k) => k.type === 'import_clause');
    const named = clause ? kids(clause).find((k) => k.type === 'named_imports') : undefined;
    for (const spec of named ? kids(named).filter((k) => k.type === 'import_specifier') : []) {
      const ids = kids(spec).filter((k) => k.type === 'identifier');
      const local = ids[ids.length - 1];
      if (ids[0] && text(ids[0]) === 'Table' && local && text(local) === name) return true;
    }
  }
  return false;
}

/**
 * The static methods a model class declares itself. One named like a Sequelize finder
 * (`static async findByPk(id, { userId })` that calls `this.findOne(…)`) replaces it: a call
 * `Lead.findByPk(…)` runs the class's own query, which is judged where it is written.
 */
export function ownStatics(cls: N): Set<string> {
  const out = new Set<string>();
  for (const m of kids(field(cls, 'body') ?? cls)) {
    const name = field(m, 'name');
    // Keywords are not kept as nodes: `static` is read from the text after any decorators.
    if (m.type === 'method_definition' && name && /^(?:(?:public|private|protected|override)\s+)*static\b/.test(text(m).replace(/^(@\w+(\([^)]*\))?\s*)*/, ''))) out.add(text(name));
  }
  return out;
}
