/**
 * Model and concern declarations read from one file's light tree: classes and modules, table
 * names and prefixes, primary keys, scopes, class methods, default scopes, associations,
 * `alias_attribute`, and concerns (`included do … end`, `class_methods do … end`).
 */
import { child, constantName, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { plainString } from './strings';
import { actsAsParanoid, friendlyId, includeDiscard, setDiscardColumn } from './gem-scopes';
import { includerClassName } from './concern-names';
import { enumScopes } from './enum-scopes';
import { underscore } from './inflect';
import type { Body, ClassDecl, ModuleDecl } from './models';

function symbolList(src: string, n: RNode | undefined): string[] | undefined {
  if (!n) return undefined;
  const one = symbolOrStringValue(src, n);
  if (one !== undefined) return [one];
  if (n.type === 'array') {
    const out: string[] = [];
    for (const e of namedChildren(n)) {
      const v = symbolOrStringValue(src, e);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  return undefined;
}

/** Keyword options of a call (`class_name: "X"`, `:through => :y`). */
export function callOptions(src: string, args: RNode | undefined): Map<string, RNode> {
  const m = new Map<string, RNode>();
  if (!args) return m;
  const visit = (pairs: RNode[]): void => {
    for (const p of pairs) {
      if (p.type === 'hash') visit(p.children);
      if (p.type !== 'pair') continue;
      const k = symbolOrStringValue(src, child(p, 'key'));
      const v = child(p, 'value');
      if (k !== undefined && v) m.set(k, v);
    }
  };
  visit(args.children);
  return m;
}

/** Learns class and module declarations from one file's light tree. */
export function declarationsOf(src: string, file: string, root: RNode): { classes: ClassDecl[]; modules: ModuleDecl[] } {
  const classes: ClassDecl[] = [];
  const modules: ModuleDecl[] = [];
  const walk = (n: RNode, nesting: string[], cls: ClassDecl | undefined, singleton: boolean): void => {
    for (const c of n.children) {
      if (c.type === 'class' || c.type === 'module') {
        const own = constantName(src, child(c, 'name'));
        if (!own) continue;
        const parent = nesting[nesting.length - 1];
        const full = own.startsWith('::') ? own.slice(2) : parent ? `${parent}::${own}` : own;
        const body = child(c, 'body');
        if (c.type === 'module') {
          const m: ModuleDecl = { name: full };
          modules.push(m);
          if (body) {
            scanModule(src, body, m);
            scanMacros(src, file, body, m, [...nesting, full]);
            scanConcern(src, file, body, m, [...nesting, full], walk);
            walk(body, [...nesting, full], undefined, false);
          }
          continue;
        }
        const sup = child(c, 'superclass');
        const supName = sup ? constantName(src, namedChildren(sup)[0]) : undefined;
        const decl: ClassDecl = {
          name: full,
          file,
          nesting: [...nesting],
          ...(supName ? { superclass: supName } : {}),
          scopes: new Map(),
          defaultScopes: [],
          associations: new Map(),
          aliases: new Map(),
          includes: [],
        };
        classes.push(decl);
        if (body) walk(body, [...nesting, full], decl, false);
        continue;
      }
      if (!cls) {
        if (c.type === 'body_statement') walk(c, nesting, cls, singleton);
        continue;
      }
      if (c.type === 'singleton_class') {
        const body = child(c, 'body');
        if (body) walk(body, nesting, cls, true);
        continue;
      }
      if (c.type === 'singleton_method' || (singleton && c.type === 'method')) {
        const name = child(c, 'name');
        if (name) cls.scopes.set(textOf(src, name), methodBody(src, file, c));
        continue;
      }
      if (c.type === 'assignment') scanAssignment(src, c, cls);
      else if (c.type === 'call' && isolatedNamespace(src, c)) modules.push(isolatedNamespace(src, c)!);
      else if (c.type === 'call' && concerningBody(src, c)) scanConcerning(src, concerningBody(src, c)!, nesting, cls, walk);
      else if (c.type === 'call' && isWithOptions(src, c)) scanWithOptions(src, file, c, cls, new Map());
      else if (c.type === 'call') scanClassCall(src, file, c, cls);
      // `alias events leads`: the new name reads the same association.
      else if (c.type === 'alias') aliasAssociation(cls, textOf(src, child(c, 'name') ?? c), textOf(src, child(c, 'alias') ?? c));
      // A class macro called without arguments (`uses_user_permissions`).
      else if (c.type === 'identifier' && textOf(src, c) === 'acts_as_paranoid') actsAsParanoid(cls, undefined);
      else if (c.type === 'identifier') (cls.macroCalls ??= []).push(textOf(src, c));
    }
  };
  walk(root, [], undefined, false);
  return { classes, modules };
}

type Walk = (n: RNode, nesting: string[], cls: ClassDecl | undefined, singleton: boolean) => void;

/** `included do … end` and `class_methods do … end` of a concern, read as a class body. */
function scanConcern(src: string, file: string, body: RNode, m: ModuleDecl, nesting: string[], walk: Walk): void {
  const blockBody = (c: RNode): RNode | undefined => {
    const b = child(c, 'block');
    return b ? b.children.find((x) => x.type === 'block_body' || x.type === 'body_statement') : undefined;
  };
  const concern = (): ClassDecl => (m.concern ??= { name: m.name, file, nesting, scopes: new Map(), defaultScopes: [], associations: new Map(), aliases: new Map(), includes: [] });
  const stmts = body.type === 'body_statement' ? body.children : [body];
  // `include OtherConcern` in a concern's body: ActiveSupport::Concern runs its `included` block on the final includer.
  const isConcern = stmts.some((c) => c.type === 'call' && /^extend\s+(?:::)?ActiveSupport::Concern\b/.test(textOf(src, c)));
  for (const c of stmts) {
    if (isConcern && c.type === 'call' && !child(c, 'receiver') && textOf(src, child(c, 'method') ?? c) === 'include') {
      const args = child(c, 'arguments');
      for (const a of args ? namedChildren(args) : []) {
        const n = constantName(src, a);
        if (n) concern().includes?.push(n);
      }
      continue;
    }
    // `module ClassMethods … end`: ActiveSupport::Concern (and the hooks below) extend the includer with it.
    if (c.type === 'module' && textOf(src, child(c, 'name') ?? c) === 'ClassMethods') {
      const b = child(c, 'body');
      if (b) walk(b, nesting, concern(), true);
      continue;
    }
    // `def self.included(base)` (the hook written by hand before ActiveSupport::Concern):
    // `base.class_eval do … end` is a class body; `base.has_many …` one declaration.
    if (c.type === 'singleton_method' && textOf(src, child(c, 'name') ?? c) === 'included') {
      const ps = child(c, 'parameters');
      const param = ps ? namedChildren(ps)[0] : undefined;
      const hookBody = child(c, 'body');
      if (param?.type === 'identifier' && hookBody) scanIncludedHook(src, file, hookBody, textOf(src, param), concern, nesting, walk);
      continue;
    }
    if (c.type !== 'call' || child(c, 'receiver')) continue;
    const method = textOf(src, child(c, 'method') ?? c);
    if (method !== 'included' && method !== 'class_methods') continue;
    const b = blockBody(c);
    if (!b) continue;
    walk(b, nesting, concern(), method === 'class_methods');
  }
}

/**
 * The block of ActiveSupport's `concerning :SearchMethods do … end` in a class body: a concern
 * defined and included on the spot, so its declarations are the class's own.
 */
export function concerningBody(src: string, c: RNode): RNode | undefined {
  if (c.type !== 'call' || child(c, 'receiver') || textOf(src, child(c, 'method') ?? c) !== 'concerning') return undefined;
  const b = child(c, 'block');
  return b ? b.children.find((x) => x.type === 'block_body' || x.type === 'body_statement') : undefined;
}

/** A `concerning` block read as a class body, its `included do … end` and `class_methods do … end` too. */
function scanConcerning(src: string, body: RNode, nesting: string[], cls: ClassDecl, walk: Walk): void {
  walk(body, nesting, cls, false);
  for (const c of body.children) {
    if (c.type !== 'call' || child(c, 'receiver')) continue;
    const method = textOf(src, child(c, 'method') ?? c);
    if (method !== 'included' && method !== 'class_methods') continue;
    const b = child(c, 'block');
    const inner = b ? b.children.find((x) => x.type === 'block_body' || x.type === 'body_statement') : undefined;
    if (inner) walk(inner, nesting, cls, method === 'class_methods');
  }
}

/** The statements of `def self.included(base)` that declare something on `base`. */
function scanIncludedHook(src: string, file: string, body: RNode, base: string, concern: () => ClassDecl, nesting: string[], walk: Walk): void {
  for (const c of body.type === 'body_statement' ? body.children : [body]) {
    if (c.type !== 'call') continue;
    const recv = child(c, 'receiver');
    if (recv?.type !== 'identifier' || textOf(src, recv) !== base) continue;
    const method = textOf(src, child(c, 'method') ?? c);
    if (/^(class_eval|instance_eval|class_exec|instance_exec)$/.test(method)) {
      const block = child(c, 'block');
      const b = block ? block.children.find((x) => x.type === 'block_body' || x.type === 'body_statement') : undefined;
      if (b) walk(b, nesting, concern(), false);
    } else if (method === 'extend') {
      // `base.extend ClassMethods` is what the `module ClassMethods` above is read for.
      continue;
    } else scanClassCall(src, file, c, concern(), true);
  }
}

function methodBody(src: string, file: string, def: RNode): Body | null {
  const body = child(def, 'body');
  if (!body) return null;
  // An endless method (`def self.x = where(...)`) has the expression as its body; a normal one
  // is a body_statement whose last statement is the value.
  const expr = body.type === 'body_statement' ? namedChildren(body).at(-1) : body;
  return expr ? { src, file, node: expr } : null;
}

function scanAssignment(src: string, a: RNode, cls: ClassDecl): void {
  const left = child(a, 'left');
  const right = child(a, 'right');
  if (!left || !right || left.type !== 'call') return;
  const recv = child(left, 'receiver');
  if (!recv || recv.type !== 'self') return;
  const prop = textOf(src, child(left, 'method') ?? left);
  const str = plainString(src, right) ?? symbolOrStringValue(src, right);
  switch (prop) {
    case 'table_name':
      if (str !== undefined) cls.tableName = str;
      break;
    case 'abstract_class':
      cls.abstract = right.type === 'true';
      break;
    case 'table_name_prefix':
      if (str !== undefined) cls.tableNamePrefix = str;
      break;
    case 'table_name_suffix':
      if (str !== undefined) cls.tableNameSuffix = str;
      break;
    case 'pluralize_table_names':
      cls.pluralize = right.type !== 'false';
      break;
    case 'discard_column':
      if (str !== undefined) setDiscardColumn(cls, str);
      break;
    case 'primary_key': {
      const list = symbolList(src, right);
      if (list) cls.primaryKey = list;
      break;
    }
  }
}

function isWithOptions(src: string, c: RNode): boolean {
  return !child(c, 'receiver') && textOf(src, child(c, 'method') ?? c) === 'with_options' && !!child(c, 'block');
}

/**
 * ActiveSupport's `with_options dependent: :destroy do … has_many :donations … end` (also with a
 * block parameter, `|o| o.has_many …`): each declaration inside gets the options its own call does
 * not give, as `Object#with_options` merges them.
 */
function scanWithOptions(src: string, file: string, c: RNode, cls: ClassDecl, outer: ReadonlyMap<string, RNode>): void {
  const inherited = new Map(outer);
  for (const [k, v] of callOptions(src, child(c, 'arguments'))) inherited.set(k, v);
  const block = child(c, 'block')!;
  const params = child(block, 'parameters');
  const param = params ? namedChildren(params)[0] : undefined;
  const own = param?.type === 'identifier' ? textOf(src, param) : undefined;
  const body = block.children.find((x) => x.type === 'block_body' || x.type === 'body_statement');
  for (const st of body ? namedChildren(body) : []) {
    if (st.type !== 'call') continue;
    const recv = child(st, 'receiver');
    if (recv && !(own && recv.type === 'identifier' && textOf(src, recv) === own)) continue;
    if (!recv && isWithOptions(src, st)) scanWithOptions(src, file, st, cls, inherited);
    else scanClassCall(src, file, st, cls, !!recv, inherited);
  }
}

function scanClassCall(src: string, file: string, c: RNode, cls: ClassDecl, onBase = false, inherited?: ReadonlyMap<string, RNode>): void {
  if (child(c, 'receiver') && !onBase) return;
  const method = textOf(src, child(c, 'method') ?? c);
  const args = child(c, 'arguments');
  const argv = args ? namedChildren(args) : [];
  switch (method) {
    case 'scope': {
      const name = symbolOrStringValue(src, argv[0]);
      if (name === undefined) return;
      // `->(x) { … }`, or `lambda { |x| … }` / `proc { |x| … }` (its block has the same fields).
      const lam = lambdaLike(src, argv[1]);
      const several = lam ? lambdaStatements(src, lam) : undefined;
      const body = lam ? lambdaExpr(lam) : undefined;
      // Any object answering `call` is a scope body too (`scope :overdue, State::OverdueQuery.new`).
      const callable = !lam && argv[1] && isQueryObject(src, argv[1]) ? argv[1] : undefined;
      cls.scopes.set(name, several ? { src, file, ...several } : body ? { src, file, node: body } : callable ? { src, file, node: callable, callable: true } : null);
      return;
    }
    case 'enum': {
      for (const [name, body] of enumScopes(src, file, argv)) if (!cls.scopes.has(name)) cls.scopes.set(name, body);
      return;
    }
    case 'default_scope': {
      const block = child(c, 'block');
      let expr: RNode | undefined;
      if (block) expr = blockExpr(block);
      else if (argv[0]?.type === 'lambda') expr = lambdaExpr(argv[0]);
      else if (argv[0]) expr = argv[0];
      // An opaque default scope still exists: record it so queries on the model stay quiet.
      cls.defaultScopes.push({ src, file, node: expr ?? c });
      return;
    }
    case 'belongs_to':
    case 'has_many':
    case 'has_one':
    case 'has_and_belongs_to_many': {
      const name = symbolOrStringValue(src, argv[0]);
      if (name === undefined) return;
      const opts = callOptions(src, args);
      for (const [k, v] of inherited ?? []) if (!opts.has(k)) opts.set(k, v);
      const optOn = (k: string): boolean => opts.has(k) && opts.get(k)!.type !== 'false' && opts.get(k)!.type !== 'nil';
      const str = (k: string): string | undefined => {
        const v = opts.get(k);
        return v ? (plainString(src, v) ?? symbolOrStringValue(src, v)) : undefined;
      };
      const className = str('class_name') ?? includerClassName(src, opts.get('class_name'));
      const foreignKey = str('foreign_key');
      const primaryKey = str('primary_key');
      const through = str('through');
      const source = str('source');
      const as = str('as');
      const dependent = str('dependent');
      // Rails 7.1 composite keys: `foreign_key: [:partition_id, :job_id]`.
      const fkNode = opts.get('foreign_key');
      const pkNode = opts.get('primary_key');
      const foreignKeys = fkNode?.type === 'array' ? symbolList(src, fkNode) : undefined;
      const primaryKeys = pkNode?.type === 'array' ? symbolList(src, pkNode) : undefined;
      const lam = argv.find((a) => a.type === 'lambda');
      const lamBody = lam ? lambdaExpr(lam) : undefined;
      const lamParams = lam ? child(lam, 'parameters') : undefined;
      cls.associations.set(name, {
        kind: method,
        name,
        ...(className ? { className } : {}),
        ...(foreignKey ? { foreignKey } : {}),
        ...(primaryKey ? { primaryKey } : {}),
        ...(through ? { through } : {}),
        ...(source ? { source } : {}),
        ...(as ? { as } : {}),
        ...(dependent ? { dependent } : {}),
        ...(foreignKeys ? { foreignKeys } : {}),
        ...(primaryKeys ? { primaryKeys } : {}),
        ...(lam ? { scope: lamBody ? { src, file, node: lamBody } : null, scopeParams: lamParams ? namedChildren(lamParams).map((p) => textOf(src, p)) : [] } : {}),
        polymorphic: opts.has('polymorphic'),
        // `belongs_to :lead, touch: true` / `counter_cache: true`: writing this record updates the owner's row by its key.
        ...(method === 'belongs_to' && ['touch', 'counter_cache'].some((k) => optOn(k)) ? { touchesOwner: true, ...(optOn('touch') ? {} : { counterOnly: true }), ...(optOn('optional') || opts.get('required')?.type === 'false' ? { optional: true } : {}) } : {}),
        complex: opts.has('through') || opts.has('polymorphic') || opts.has('as') || argv.some((a) => a.type === 'lambda') || !!foreignKeys || !!primaryKeys,
      });
      return;
    }
    case 'include': {
      for (const a of argv) {
        const n = constantName(src, a);
        if (n) cls.includes?.push(n);
        if (n === 'Discard::Model' || n === '::Discard::Model') includeDiscard(cls);
      }
      return;
    }
    case 'acts_as_paranoid': {
      const col = callOptions(src, args).get('column');
      actsAsParanoid(cls, col ? symbolOrStringValue(src, col) : undefined);
      return;
    }
    case 'friendly_id':
      friendlyId(cls);
      return;
    case 'query_constraints': {
      const cols = argv.map((a) => symbolOrStringValue(src, a));
      if (cols.every((x): x is string => x !== undefined)) cls.queryConstraints = cols;
      return;
    }
    default:
      // A class macro of a module (`uses_user_permissions`, `sortable by: …`): resolved by name (models.ts).
      if (!onBase && !child(c, 'receiver') && /^[a-z_]\w*$/.test(method)) (cls.macroCalls ??= []).push(method);
      return;
    case 'alias_method': {
      const a = symbolOrStringValue(src, argv[0]);
      const b = symbolOrStringValue(src, argv[1]);
      if (a !== undefined && b !== undefined) aliasAssociation(cls, a, b);
      return;
    }
    case 'alias_attribute': {
      const a = symbolOrStringValue(src, argv[0]);
      const b = symbolOrStringValue(src, argv[1]);
      if (a !== undefined && b !== undefined) cls.aliases.set(a, b);
      return;
    }
  }
}

/** A `lambda` node, or the block of a `lambda { |x| … }` / `proc { … }` call. */
/** `SomeQuery.new(…)` or `SomeQuery` (a class or instance whose `call` ActiveRecord runs for the scope). */
function isQueryObject(src: string, n: RNode): boolean {
  if (n.type === 'constant' || n.type === 'scope_resolution') return true;
  const recv = child(n, 'receiver');
  return n.type === 'call' && !child(n, 'block') && textOf(src, child(n, 'method') ?? n) === 'new' && !!recv && (recv.type === 'constant' || recv.type === 'scope_resolution');
}

function lambdaLike(src: string, n: RNode | undefined): RNode | undefined {
  if (!n) return undefined;
  if (n.type === 'lambda') return n;
  const m = child(n, 'method');
  const block = child(n, 'block');
  if (n.type === 'call' && !child(n, 'receiver') && m && /^(lambda|proc)$/.test(textOf(src, m)) && block?.type === 'block') return block;
  return undefined;
}

/**
 * A lambda of several statements, or of one statement reading its parameters: its body and
 * parameters (plain ones only; else undefined), bound from each call.
 */
function lambdaStatements(src: string, lam: RNode): { node: RNode; params: NonNullable<Body['params']> } | undefined {
  const body = child(lam, 'body');
  const inner = body ? (body.type === 'block_body' || body.type === 'body_statement' ? body : child(body, 'body')) : undefined;
  const ps = child(lam, 'parameters');
  const count = inner ? namedChildren(inner).filter((s) => s.type !== 'comment').length : 0;
  if (!inner || count === 0 || (count < 2 && !(ps && namedChildren(ps).length))) return undefined;
  const params: NonNullable<Body['params']>[number][] = [];
  for (const p of ps ? namedChildren(ps) : []) {
    if (p.type === 'identifier') params.push({ name: textOf(src, p), optional: false, nilDefault: false });
    else if (p.type === 'optional_parameter' && child(p, 'name')) params.push({ name: textOf(src, child(p, 'name')!), optional: true, nilDefault: child(p, 'value')?.type === 'nil' });
    else return undefined;
  }
  return { node: inner, params };
}

function lambdaExpr(lam: RNode): RNode | undefined {
  const body = child(lam, 'body');
  return body ? blockExpr(body) : undefined;
}

function blockExpr(block: RNode): RNode | undefined {
  const body = block.type === 'block_body' || block.type === 'body_statement' ? block : child(block, 'body');
  if (!body) return undefined;
  return namedChildren(body).at(-1);
}

function scanModule(src: string, body: RNode, m: ModuleDecl): void {
  // `def self.table_name_prefix; "admin_"; end` is how Rails generators namespace tables.
  for (const c of body.children) {
    if (c.type !== 'singleton_method') continue;
    const name = child(c, 'name');
    if (!name || textOf(src, name) !== 'table_name_prefix') continue;
    const b = child(c, 'body');
    const expr = b ? (b.type === 'body_statement' ? namedChildren(b).at(-1) : b) : undefined;
    const s = plainString(src, expr);
    if (s !== undefined) m.tableNamePrefix = s;
  }
}

/**
 * `isolate_namespace Blorgh` in a Rails engine gives the module a `table_name_prefix` of the
 * engine name (`blorgh_`), unless the module defines its own: `Blorgh::Post` reads `blorgh_posts`.
 */
function isolatedNamespace(src: string, c: RNode): ModuleDecl | undefined {
  if (child(c, 'receiver') || textOf(src, child(c, 'method') ?? c) !== 'isolate_namespace') return undefined;
  const args = child(c, 'arguments');
  const argv = args ? namedChildren(args) : [];
  const name = argv.length === 1 ? constantName(src, argv[0]) : undefined;
  if (!name) return undefined;
  const full = name.replace(/^::/, '');
  return { name: full, tableNamePrefix: `${underscore(full).replace(/\//g, '_')}_`, prefixFromEngine: true };
}

const DECLARING = /^(scope|default_scope|belongs_to|has_many|has_one|has_and_belongs_to_many)$/;

/**
 * Methods of a module (also of its `ClassMethods`) whose statements declare scopes or
 * associations: class macros, read as the class body of whatever model calls them.
 */
function scanMacros(src: string, file: string, body: RNode, m: ModuleDecl, nesting: string[]): void {
  // Methods whose only statement calls another method of the module by its bare name (a macro's wrapper).
  const wrappers = new Map<string, string>();
  const visitDefs = (n: RNode): void => {
    for (const c of n.children) {
      if (c.type === 'module' || c.type === 'body_statement') {
        const b = c.type === 'module' ? child(c, 'body') : c;
        if (b) visitDefs(b);
        continue;
      }
      if (c.type !== 'method' && c.type !== 'singleton_method') continue;
      const name = child(c, 'name');
      const def = child(c, 'body');
      const stmts = def ? (def.type === 'body_statement' ? namedChildren(def) : [def]) : [];
      const decls = stmts.filter((s) => s.type === 'call' && !child(s, 'receiver') && DECLARING.test(textOf(src, child(s, 'method') ?? s)));
      const only = stmts.length === 1 ? stmts[0]! : undefined;
      const callee = only?.type === 'identifier' ? only : only?.type === 'call' && !child(only, 'receiver') && !child(only, 'block') ? child(only, 'method') : undefined;
      if (name && callee && !decls.length) wrappers.set(textOf(src, name), textOf(src, callee));
      if (!name || !decls.length) continue;
      const decl: ClassDecl = { name: `${m.name}#${textOf(src, name)}`, file, nesting, scopes: new Map(), defaultScopes: [], associations: new Map(), aliases: new Map(), includes: [] };
      for (const s of decls) scanClassCall(src, file, s, decl);
      (m.macros ??= new Map()).set(textOf(src, name), decl);
    }
  };
  visitDefs(body);
  // A wrapper (`def uses_permissions = uses_permissions_impl`) declares what the method it calls declares.
  for (const [wrapper, callee] of wrappers) {
    const decl = m.macros?.get(callee);
    if (decl && !m.macros!.has(wrapper)) m.macros!.set(wrapper, decl);
  }
}

/**
 * `alias_method :events, :leads` (or `alias events leads`) after `has_many :leads`: the new name is
 * the same association reader (its target and keys come from the original declaration).
 */
function aliasAssociation(cls: ClassDecl, name: string, original: string): void {
  const a = cls.associations.get(original);
  if (a && !cls.associations.has(name)) cls.associations.set(name, a);
}
