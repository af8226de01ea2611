/**
 * Sequelize models as the index learns them: `define`/`init` attributes and options (table name,
 * `underscored`, `field`, primary key, scopes, global `define` defaults) and associations
 * (`Lead.hasMany(AgentOutput, { as: 'outputs' })`). Re-exported by models.ts.
 */
import { dottedName, field, flattenChain, kids, stringValue, text, unwrap, visit, type N } from './ast';
import { objectProps } from './values';
import { declaredName } from './import-names';
import { decoratorCall, snakeCase, type ModelInfo } from './models';
import { ownStatics, sequelizeModelHeritage } from './sequelize-ts-bases';
import { plainModelObject } from './sequelize-plain-modules';
import { definitionObject } from './sequelize-definition-objects';

/** `Source.hasMany(Target, { as, foreignKey, sourceKey })` and its kin. */
export interface SequelizeAssociation {
  readonly source: string;
  readonly target: string;
  readonly kind: 'hasMany' | 'hasOne' | 'belongsTo' | 'belongsToMany';
  readonly as?: string;
  /** The foreign-key attribute (on the target for hasMany/hasOne, on the source for belongsTo). */
  readonly foreignKey?: string;
}

const DECORATED_ASSOCIATIONS: Record<string, SequelizeAssociation['kind']> = { HasMany: 'hasMany', HasOne: 'hasOne', BelongsTo: 'belongsTo', BelongsToMany: 'belongsToMany' };

/**
 * sequelize-typescript associations: `@HasMany(() => AgentOutput, 'leadId') outputs` (the property
 * is the `as`; the foreign key is the second argument, a string or `{ foreignKey }`).
 */
function decoratedAssociations(cls: N, out: SequelizeAssociation[]): void {
  const name = field(cls, 'name');
  const body = field(cls, 'body');
  if (!name || !body) return;
  for (const m of kids(body)) {
    const prop = m.type === 'public_field_definition' ? field(m, 'name') : undefined;
    if (!prop) continue;
    for (const d of m.children.filter((c) => c.type === 'decorator')) {
      const dc = decoratorCall(d);
      const kind = dc ? DECORATED_ASSOCIATIONS[dc.name] : undefined;
      if (!dc || !kind) continue;
      const fn = unwrap(dc.args[0]);
      // A class imported under another name or through a namespace is named as it is declared.
      const t = fn?.type === 'arrow_function' ? declaredName(field(fn, 'body')) : undefined;
      if (!t) continue;
      const o = unwrap(dc.args[1]);
      let foreignKey = stringValue(o);
      if (o?.type === 'object') {
        const fk = unwrap(objectProps(o).props.find((p) => p.key === 'foreignKey')?.value);
        foreignKey = stringValue(fk) ?? (fk?.type === 'object' ? stringValue(objectProps(fk).props.find((q) => q.key === 'name')?.value) : undefined);
      }
      out.push({ source: text(name), target: t, kind, as: text(prop), ...(foreignKey !== undefined ? { foreignKey } : {}) });
    }
  }
}

/** The Sequelize associations declared in a file. */
export function sequelizeAssociations(root: N): SequelizeAssociation[] {
  const out: SequelizeAssociation[] = [];
  visit(root, (n) => {
    if (n.type === 'class_declaration' || n.type === 'class' || n.type === 'abstract_class_declaration') decoratedAssociations(n, out);
    if (n.type !== 'call_expression') return;
    const fn = dottedName(field(n, 'function'));
    const kind = fn?.[fn.length - 1];
    if (!fn || fn.length !== 2 || (kind !== 'hasMany' && kind !== 'hasOne' && kind !== 'belongsTo' && kind !== 'belongsToMany')) return;
    const args = kids(field(n, 'arguments') ?? n);
    const target = declaredName(args[0]);
    if (!target) return;
    let as: string | undefined;
    let foreignKey: string | undefined;
    const o = unwrap(args[1]);
    if (o?.type === 'object') {
      for (const p of objectProps(o).props) {
        const v = unwrap(p.value);
        if (p.key === 'as') as = stringValue(v);
        else if (p.key === 'foreignKey') {
          foreignKey = stringValue(v);
          if (v?.type === 'object') foreignKey = stringValue(objectProps(v).props.find((q) => q.key === 'name')?.value);
        }
      }
    }
    // `LeadModel.hasMany(…)` of `import { Lead as LeadModel }` associates `Lead`.
    const fnNode = unwrap(field(n, 'function'));
    const owner = fnNode?.type === 'member_expression' ? field(fnNode, 'object') : undefined;
    out.push({ source: declaredName(owner) ?? fn[0]!, target, kind, ...(as !== undefined ? { as } : {}), ...(foreignKey !== undefined ? { foreignKey } : {}) });
  });
  return out;
}

/** Options shared by `define` and `init`. */
interface SequelizeOptions {
  tableName?: string;
  underscored: boolean;
  freeze: boolean;
  modelName?: string;
  schema?: string;
  /** Options the model sets itself (global `define` defaults do not override them). */
  readonly own: Set<string>;
  scopes?: Map<string, N>;
  defaultScope?: N;
}

/** Global model options of `new Sequelize(…, { define: { underscored: true } })`. */
export interface SequelizeDefaults {
  readonly underscored?: boolean;
  readonly freezeTableName?: boolean;
}

function sequelizeOptions(opts: N | undefined, defaults: SequelizeDefaults = {}): SequelizeOptions {
  const r: SequelizeOptions = { underscored: defaults.underscored ?? false, freeze: defaults.freezeTableName ?? false, own: new Set() };
  const o = unwrap(opts);
  if (o?.type !== 'object') return r;
  for (const p of objectProps(o).props) {
    const v = unwrap(p.value);
    if (p.key === 'tableName') {
      const s = stringValue(v);
      if (s !== undefined) r.tableName = s;
    } else if (p.key === 'modelName') {
      const s = stringValue(v);
      if (s !== undefined) r.modelName = s;
    } else if (p.key === 'schema') {
      const s = stringValue(v);
      if (s !== undefined) r.schema = s;
    } else if (p.key === 'scopes' && v?.type === 'object') {
      r.scopes = new Map(objectProps(v).props.map((q) => [q.key, q.value]));
    } else if (p.key === 'defaultScope' && v) r.defaultScope = v;
    else if (p.key === 'underscored') r.underscored = v?.type === 'true';
    else if (p.key === 'freezeTableName') r.freeze = v?.type === 'true';
    r.own.add(p.key);
  }
  return r;
}

/** Sequelize's default table name: the pluralised model name (inflection's common rules). */
export function sequelizePluralize(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

/** Attributes declared as class fields (sequelize-typescript): property, `field:` override, primary key. */
interface FieldAttr {
  readonly key: string;
  readonly field?: string;
  readonly primaryKey: boolean;
}

function sequelizeModel(names: string[], modelName: string, attrs: N | readonly FieldAttr[] | undefined, opts: N | undefined, defaults?: SequelizeDefaults, extra?: { scopes?: Map<string, N>; defaultScope?: N; loaders?: ReadonlySet<string>; ownStatics?: ReadonlySet<string>; table?: string }): ModelInfo {
  const o = sequelizeOptions(opts, defaults);
  if (extra?.scopes) o.scopes = extra.scopes;
  if (extra?.defaultScope) o.defaultScope = extra.defaultScope;
  const mn = o.modelName ?? modelName;
  let table = o.tableName ?? extra?.table;
  if (table === undefined) {
    table = o.freeze ? mn : sequelizePluralize(mn);
    if (o.underscored) table = snakeCase(table);
  }
  const columns = new Map<string, string>();
  const primaryKey: string[] = [];
  const a = Array.isArray(attrs) ? undefined : unwrap(attrs as N | undefined);
  if (Array.isArray(attrs)) {
    for (const f of attrs as readonly FieldAttr[]) {
      columns.set(f.key, f.field ?? (o.underscored ? snakeCase(f.key) : f.key));
      if (f.primaryKey) primaryKey.push(f.key);
    }
  } else if (a?.type === 'object') {
    for (const p of objectProps(a).props) {
      let col = o.underscored ? snakeCase(p.key) : p.key;
      const v = unwrap(p.value);
      if (v?.type === 'object') {
        for (const q of objectProps(v).props) {
          if (q.key === 'field') col = stringValue(q.value) ?? col;
          if (q.key === 'primaryKey' && unwrap(q.value)?.type === 'true') primaryKey.push(p.key);
        }
      }
      columns.set(p.key, col);
    }
  }
  // Timestamps are added by Sequelize unless disabled; their columns follow `underscored`.
  for (const ts of ['createdAt', 'updatedAt', 'deletedAt']) if (!columns.has(ts)) columns.set(ts, o.underscored ? snakeCase(ts) : ts);
  return {
    framework: 'sequelize',
    names: [...new Set([...names, mn])],
    modelName: mn,
    table,
    columns,
    relations: new Set(),
    compoundKeys: new Map(),
    naming: o.underscored ? 'snake' : 'as-is',
    ...(o.schema !== undefined ? { schema: o.schema } : {}),
    primaryKey: primaryKey.length ? primaryKey : ['id'],
    ...(o.scopes ? { scopes: o.scopes } : {}),
    ...(o.defaultScope ? { defaultScope: o.defaultScope } : {}),
    ...(extra?.loaders?.size ? { loaders: extra.loaders } : {}),
    ...(extra?.ownStatics?.size ? { ownStatics: extra.ownStatics } : {}),
    ...(defaults ? {} : { withDefaults: (d: SequelizeDefaults) => sequelizeModel(names, modelName, attrs, opts, d, extra) }),
  };
}

/** The `define` defaults of a `new Sequelize(url, { define: { … } })` in a file, if any. */
export function sequelizeDefaults(root: N): SequelizeDefaults | undefined {
  let out: SequelizeDefaults | undefined;
  visit(root, (n) => {
    if (n.type !== 'new_expression') return;
    const ctor = dottedName(field(n, 'constructor'));
    if (!ctor || ctor[ctor.length - 1] !== 'Sequelize') return;
    for (const a of kids(field(n, 'arguments') ?? n)) {
      const u = unwrap(a);
      if (u?.type !== 'object') continue;
      const d = objectProps(u).props.find((p) => p.key === 'define');
      const dv = unwrap(d?.value);
      if (dv?.type !== 'object') continue;
      const r: { underscored?: boolean; freezeTableName?: boolean } = {};
      for (const p of objectProps(dv).props) {
        if (p.key === 'underscored') r.underscored = unwrap(p.value)?.type === 'true';
        if (p.key === 'freezeTableName') r.freezeTableName = unwrap(p.value)?.type === 'true';
      }
      out = r;
    }
  });
  return out;
}

export function sequelizeDefine(decl: N): ModelInfo | undefined {
  const name = field(decl, 'name');
  const v = unwrap(field(decl, 'value'));
  if (v?.type !== 'call_expression') return undefined;
  const fn = dottedName(field(v, 'function'));
  if (!fn || fn.length < 2 || fn[fn.length - 1] !== 'define') return undefined;
  const args = kids(field(v, 'arguments') ?? v);
  const modelName = stringValue(args[0]);
  if (modelName === undefined) return undefined;
  const names = name?.type === 'identifier' ? [text(name)] : [];
  return sequelizeModel(names, modelName, args[1], args[2]);
}

/** `sequelize.define('AgentOutput', attrs, opts)` returned or exported as is (sequelize-cli model files), not held in a const. */
export function sequelizeDefineCall(call: N): ModelInfo | undefined {
  let p = call.parent;
  while (p?.type === 'parenthesized_expression' || p?.type === 'as_expression') p = p.parent;
  if (!p || p.type === 'variable_declarator') return undefined;
  const fn = dottedName(field(call, 'function'));
  if (!fn || fn.length < 2 || fn[fn.length - 1] !== 'define') return undefined;
  const args = kids(field(call, 'arguments') ?? call);
  const modelName = stringValue(args[0]);
  if (modelName === undefined || unwrap(args[1])?.type !== 'object') return undefined;
  return sequelizeModel([], modelName, args[1], args[2]);
}

/** A plain model module's object (sequelize-plain-modules.ts): the attributes and options a loader's `init` receives. */
export function sequelizePlainModel(obj: N): ModelInfo | undefined {
  const m = plainModelObject(obj);
  return m ? sequelizeModel([m.name], m.name, m.schema, m.options) : undefined;
}

/** A definition object module (sequelize-definition-objects.ts): the model its importer defines under its `tableName`. */
export function sequelizeDefinitionModel(obj: N): ModelInfo | undefined {
  const d = definitionObject(obj);
  return d ? sequelizeModel([], d.tableName, d.attributes, d.options, undefined, { table: d.tableName }) : undefined;
}

export function sequelizeInit(call: N, classes: Map<string, N>): ModelInfo | undefined {
  const callee = field(call, 'function');
  const obj = callee?.type === 'member_expression' ? field(callee, 'object') : undefined;
  // `static init(sequelize) { super.init(attrs, { sequelize, tableName }) }`: the class whose static method calls it.
  const own = (obj?.type === 'super' || obj?.type === 'this') && text(field(callee!, 'property') ?? callee!) === 'init' ? enclosingStaticClass(call) : undefined;
  const ownName = own ? field(own, 'name') : undefined;
  const fn = ownName ? [text(ownName), 'init'] : dottedName(callee);
  if (!fn || fn.length !== 2 || fn[1] !== 'init') return undefined;
  const cls = own ?? classes.get(fn[0]!);
  if (!cls) return undefined;
  const heritage = cls.children.find((c) => c.type === 'class_heritage');
  if (!heritage || !/\bModel\b/.test(text(heritage))) return undefined;
  const args = kids(field(call, 'arguments') ?? call);
  return sequelizeModel([fn[0]!], fn[0]!, args[0], args[1], undefined, { loaders: staticLoaders(cls), ownStatics: ownStatics(cls) });
}

/** The class declaring the static method `call` is written in (arrow functions keep its `this`). */
function enclosingStaticClass(call: N): N | undefined {
  let p = call.parent;
  while (p && (p.type !== 'method_definition' && !['function_declaration', 'function_expression', 'function', 'class', 'class_declaration'].includes(p.type))) p = p.parent;
  if (p?.type !== 'method_definition' || !/^(?:(?:public|private|protected|override)\s+)*static\b/.test(text(p).replace(/^(@\w+(\([^)]*\))?\s*)*/, ''))) return undefined;
  const cls = p.parent?.type === 'class_body' ? p.parent.parent : undefined;
  return cls?.type === 'class_declaration' || cls?.type === 'class' ? cls : undefined;
}

const FIELD_DECORATORS = new Set(['Column', 'CreatedAt', 'UpdatedAt', 'DeletedAt', 'PrimaryKey', 'ForeignKey', 'AutoIncrement']);

/**
 * A sequelize-typescript model: `@Table({ tableName, underscored, … }) class Lead extends Model`
 * with `@Column`/`@CreatedAt` fields (`field:` overrides, `primaryKey: true` or `@PrimaryKey`),
 * `@Scopes(() => ({ … }))` and `@DefaultScope(() => ({ … }))`. Decorators are those of the class
 * (`decorators`: also those written before `export`).
 */
export function sequelizeTypescriptModel(cls: N, decorators: readonly N[]): ModelInfo | undefined {
  const nameNode = field(cls, 'name');
  const decs = decorators.map(decoratorCall);
  const table = decs.find((d) => d?.name === 'Table');
  if (!nameNode || !table || !sequelizeModelHeritage(cls, 'Table')) return undefined;
  const bodyOf = (d: { args: N[] } | undefined): N | undefined => {
    const f = unwrap(d?.args[0]);
    const b = f?.type === 'arrow_function' ? unwrap(field(f, 'body')) : f;
    return b?.type === 'object' ? b : undefined;
  };
  const scopesObj = bodyOf(decs.find((d) => d?.name === 'Scopes'));
  const defaultScope = bodyOf(decs.find((d) => d?.name === 'DefaultScope'));
  const attrs: FieldAttr[] = [];
  const body = field(cls, 'body');
  for (const m of body ? kids(body) : []) {
    const prop = m.type === 'public_field_definition' ? field(m, 'name') : undefined;
    if (!prop || m.children.some((c) => c.type === 'static')) continue;
    const fd = m.children.filter((c) => c.type === 'decorator').map(decoratorCall);
    if (!fd.some((d) => d && FIELD_DECORATORS.has(d.name))) continue;
    const col = fd.find((d) => d?.name === 'Column');
    const o = unwrap(col?.args[0]);
    const props = o?.type === 'object' ? objectProps(o).props : [];
    const fieldName = stringValue(props.find((p) => p.key === 'field')?.value);
    const pk = fd.some((d) => d?.name === 'PrimaryKey') || unwrap(props.find((p) => p.key === 'primaryKey')?.value)?.type === 'true';
    attrs.push({ key: text(prop), ...(fieldName !== undefined ? { field: fieldName } : {}), primaryKey: pk });
  }
  const extra = { ...(scopesObj ? { scopes: new Map(objectProps(scopesObj).props.map((q) => [q.key, q.value] as const)) } : {}), ...(defaultScope ? { defaultScope } : {}), loaders: staticLoaders(cls), ownStatics: ownStatics(cls) };
  return sequelizeModel([text(nameNode)], text(nameNode), attrs, table.args[0], undefined, extra);
}

const INSTANCE_FINDERS = new Set(['findOne', 'findByPk']);

/**
 * Static methods of a model class that return one instance of it: every `return` is
 * `this.findOne(…)` / `<Class>.findByPk(…)`, scoped or not (PeerTube's `static loadByX(…) { return
 * X.scope(…).findOne(query) }`),
 * so what the caller awaits is an instance of this model.
 */
export function staticLoaders(cls: N): Set<string> {
  const out = new Set<string>();
  const own = text(field(cls, 'name') ?? cls);
  for (const m of kids(field(cls, 'body') ?? cls)) {
    const name = field(m, 'name');
    const body = field(m, 'body');
    if (m.type !== 'method_definition' || !name || !body || !/^(?:(?:public|private|protected|override)\s+)*static\b/.test(text(m).replace(/^(@\w+(\([^)]*\))?\s*)*/, ''))) continue;
    const returns: (N | undefined)[] = [];
    visit(body, (n) => {
      if (n !== body && (n.type === 'arrow_function' || n.type === 'function_expression' || n.type === 'function_declaration' || n.type === 'class')) return false;
      if (n.type === 'return_statement') returns.push(kids(n)[0]);
      return undefined;
    });
    const finds = (r: N | undefined): boolean => {
      let links = r ? flattenChain(unwrap(r) ?? r) : [];
      // `Lead.scope([ScopeNames.FULL]).findOne(query)`: a scope shapes the query, not what it returns.
      const sc = links[1];
      if (links.length === 5 && sc?.kind === 'prop' && (sc.name === 'scope' || sc.name === 'unscoped') && links[2]?.kind === 'call') links = [links[0]!, ...links.slice(3)];
      const r0 = links[0];
      const f = links[1];
      return links.length === 3 && r0?.kind === 'root' && (r0.name === 'this' || r0.name === own) && f?.kind === 'prop' && INSTANCE_FINDERS.has(f.name) && links[2]?.kind === 'call';
    };
    if (returns.length && returns.every(finds)) out.add(text(name));
  }
  return out;
}
