/**
 * What one TS/JS module declares and uses, read from its parsed tree: imports (ES `import`,
 * `require`), exports (named, default, `module.exports`, re-exports and `export *`), top-level
 * bindings, functions and classes (fields, constructor-injected parameters, methods). The
 * workspace index (`workspace.ts`) links these records across files.
 */
import { field, kids, stringValue, text, unwrap, type N } from './ast';
import { importStatementBindings, type ImportBinding } from './import-bindings';
import { decoratorCall } from './models';
import { namespaceDeclaration } from './ts-namespaces';

export type { ImportBinding };

export type ExportEntry = { readonly kind: 'local'; readonly local: string } | { readonly kind: 'reexport'; readonly spec: string; readonly imported: string };

export interface FieldInfo {
  readonly name: string;
  /** The type annotation's text (without the colon). */
  readonly type?: string;
  readonly init?: N;
  readonly decorators: readonly { name: string; args: N[] }[];
  readonly node: N;
}

export interface ClassInfo {
  readonly name: string;
  readonly node: N;
  /** Text of the `extends` expression (`Model`, `PrismaClient`, `BaseModel`). */
  readonly extends?: string;
  /** Instance fields, including constructor parameters with an accessibility modifier. */
  readonly fields: Map<string, FieldInfo>;
  readonly methods: Map<string, N>;
  /** `static x = …` / `static get x() { return … }` → the value node. */
  readonly statics: Map<string, N>;
}

export interface ModuleInfo {
  readonly imports: Map<string, ImportBinding>;
  readonly exports: Map<string, ExportEntry>;
  readonly starExports: string[];
  /** Top-level `const x = value` → value; function declarations → the function node. */
  readonly locals: Map<string, N>;
  readonly classes: Map<string, ClassInfo>;
  readonly root: N;
}

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'generator_function_declaration', 'function']);

/** `get name() { … }`: an accessor, whose call (`this.db(…)`) calls the value it returns. */
export function isGetter(m: N): boolean {
  const prop = m.type === 'method_definition' ? field(m, 'name') : undefined;
  return !!prop && /\bget\s*$/.test(m.src.slice(m.start, prop.start));
}

export function isFunctionNode(n: N | undefined): n is N {
  return !!n && (FUNCTIONS.has(n.type) || n.type === 'method_definition');
}

function requireSpec(v: N | undefined): string | undefined {
  const u = unwrap(v);
  if (u?.type !== 'call_expression') return undefined;
  const fn = field(u, 'function');
  if (!fn || text(fn) !== 'require') return undefined;
  return stringValue(kids(field(u, 'arguments') ?? u)[0]);
}

/**
 * A CommonJS index re-exporting a module (`module.exports = { Lead: require('./lead') }`,
 * `exports.Lead = require('./models').Lead`): what the importer reaches is the other module's export.
 */
function requireExport(v: N | undefined): ExportEntry | undefined {
  const u = unwrap(v);
  const whole = requireSpec(u);
  if (whole !== undefined) return { kind: 'reexport', spec: whole, imported: 'default' };
  if (u?.type !== 'member_expression') return undefined;
  const spec = requireSpec(field(u, 'object'));
  const prop = field(u, 'property');
  return spec !== undefined && prop ? { kind: 'reexport', spec, imported: text(prop) } : undefined;
}

/** `require('knex')` inside `require('knex')(config)` → 'knex'. */
export function requireOf(v: N | undefined): string | undefined {
  return requireSpec(v);
}

export function moduleInfo(root: N): ModuleInfo {
  const imports = new Map<string, ImportBinding>();
  const exports = new Map<string, ExportEntry>();
  const starExports: string[] = [];
  const locals = new Map<string, N>();
  const classes = new Map<string, ClassInfo>();

  const declare = (d: N, exported: boolean, isDefault: boolean): void => {
    if (d.type === 'lexical_declaration' || d.type === 'variable_declaration') {
      for (const v of kids(d)) {
        if (v.type !== 'variable_declarator') continue;
        const name = field(v, 'name');
        const value = field(v, 'value');
        if (!name) continue;
        const spec = requireSpec(value);
        if (name.type === 'identifier') {
          if (spec !== undefined) imports.set(text(name), { local: text(name), spec, imported: 'default' });
          else if (value) locals.set(text(name), value);
          if (exported) exports.set(text(name), { kind: 'local', local: text(name) });
        } else if (name.type === 'object_pattern' && spec !== undefined) {
          for (const k of kids(name)) {
            if (k.type === 'shorthand_property_identifier_pattern') imports.set(text(k), { local: text(k), spec, imported: text(k) });
            else if (k.type === 'pair_pattern') {
              const key = field(k, 'key');
              const val = field(k, 'value');
              if (key && val?.type === 'identifier') imports.set(text(val), { local: text(val), spec, imported: text(key) });
            }
          }
        }
      }
    } else if (d.type === 'function_declaration' || d.type === 'generator_function_declaration') {
      const name = field(d, 'name');
      if (name) {
        locals.set(text(name), d);
        if (exported) exports.set(isDefault ? 'default' : text(name), { kind: 'local', local: text(name) });
      } else if (isDefault) {
        locals.set('%default', d);
        exports.set('default', { kind: 'local', local: '%default' });
      }
    } else if (namespaceDeclaration(d)) {
      // `namespace LeadOps { export function buildWhere … }`: its members are reached as `LeadOps.buildWhere`.
      const ns = namespaceDeclaration(d)!;
      const name = field(ns, 'name');
      if (name?.type === 'identifier') {
        locals.set(text(name), ns);
        if (exported) exports.set(text(name), { kind: 'local', local: text(name) });
      }
    } else if (d.type === 'enum_declaration') {
      // `enum TableName { Lead = 'leads' }`: its members are constants (table names, scope names).
      const name = field(d, 'name');
      if (name) {
        locals.set(text(name), d);
        if (exported) exports.set(text(name), { kind: 'local', local: text(name) });
      }
    } else if (d.type === 'class_declaration' || d.type === 'class' || d.type === 'abstract_class_declaration') {
      const c = classInfo(d, isDefault ? DEFAULT_CLASS : undefined);
      if (c) {
        classes.set(c.name, c);
        locals.set(c.name, d);
        if (exported) exports.set(isDefault ? 'default' : c.name, { kind: 'local', local: c.name });
      }
    }
  };

  for (const st of kids(root)) {
    if (st.type === 'import_statement') {
      for (const b of importStatementBindings(st)) imports.set(b.local, b);
    } else if (st.type === 'export_statement') {
      const src = stringValue(field(st, 'source'));
      const decl = field(st, 'declaration');
      const value = field(st, 'value');
      const isDefault = isDefaultExport(st);
      if (decl) declare(decl, true, isDefault);
      else if (value && isDefault) {
        const u = unwrap(value);
        if (u?.type === 'identifier') exports.set('default', { kind: 'local', local: text(u) });
        else if (u?.type === 'class' || u?.type === 'class_declaration') declare(u, true, true);
        else {
          locals.set('%default', value);
          exports.set('default', { kind: 'local', local: '%default' });
        }
      } else {
        const clause = st.children.find((c) => c.type === 'export_clause');
        if (clause) {
          for (const s of kids(clause)) {
            if (s.type !== 'export_specifier') continue;
            const name = field(s, 'name');
            const alias = field(s, 'alias');
            if (!name) continue;
            const exported = text(alias ?? name);
            if (src !== undefined) exports.set(exported, { kind: 'reexport', spec: src, imported: text(name) });
            else exports.set(exported, { kind: 'local', local: text(name) });
          }
        } else if (src !== undefined) {
          const ns = st.children.find((c) => c.type === 'namespace_export');
          const id = ns?.children.find((x) => x.type === 'identifier');
          if (id) exports.set(text(id), { kind: 'reexport', spec: src, imported: '*' });
          else starExports.push(src);
        }
      }
    } else if (st.type === 'expression_statement') {
      // `module.exports = x`, `module.exports = { a, b }`, `exports.a = x`, `module.exports.a = x`.
      const e = kids(st)[0];
      if (e?.type !== 'assignment_expression') continue;
      const left = text(field(e, 'left') ?? e).replace(/\s+/g, '');
      const right = field(e, 'right');
      if (!right) continue;
      const u = unwrap(right);
      if (left === 'module.exports') {
        if (u?.type === 'object') {
          for (const p of kids(u)) {
            if (p.type === 'shorthand_property_identifier') exports.set(text(p), { kind: 'local', local: text(p) });
            else if (p.type === 'pair') {
              const k = field(p, 'key');
              const v = unwrap(field(p, 'value'));
              if (!k) continue;
              const re = requireExport(v);
              if (v?.type === 'identifier') exports.set(text(k), { kind: 'local', local: text(v) });
              else if (re) exports.set(text(k), re);
              else if (v) {
                locals.set(`%${text(k)}`, v);
                exports.set(text(k), { kind: 'local', local: `%${text(k)}` });
              }
            }
          }
        } else if (u?.type === 'identifier') exports.set('default', { kind: 'local', local: text(u) });
        else if (u) {
          const spec = requireSpec(u);
          // `module.exports = class Lead extends Model { … }` declares the class as `export default class Lead` does.
          const c = u.type === 'class' && field(u, 'name') ? classInfo(u) : undefined;
          if (spec !== undefined) exports.set('default', { kind: 'reexport', spec, imported: 'default' });
          else if (c && !classes.has(c.name)) {
            classes.set(c.name, c);
            locals.set(c.name, u);
            exports.set('default', { kind: 'local', local: c.name });
          } else {
            locals.set('%default', u);
            exports.set('default', { kind: 'local', local: '%default' });
          }
        }
      } else {
        const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
        if (m && u) {
          const re = requireExport(u);
          if (u.type === 'identifier') exports.set(m[1]!, { kind: 'local', local: text(u) });
          else if (re) exports.set(m[1]!, re);
          else {
            locals.set(`%${m[1]!}`, u);
            exports.set(m[1]!, { kind: 'local', local: `%${m[1]!}` });
          }
        }
      }
    } else declare(st, false, false);
  }
  return { imports, exports, starExports, locals, classes, root };
}

function typeText(n: N): string | undefined {
  const t = field(n, 'type');
  return t ? text(t).replace(/^:\s*/, '') : undefined;
}

/** The key of an anonymous default-exported class (`export default class extends Endpoint {…}`); no identifier collides. */
export const DEFAULT_CLASS = '%default';

/** The name a class is recorded under in ModuleInfo.classes: its own, or DEFAULT_CLASS for an anonymous `export default class`. */
export function classKey(cls: N): string | undefined {
  const nameNode = field(cls, 'name');
  if (nameNode) return text(nameNode);
  const p = cls.parent;
  return p?.type === 'export_statement' && isDefaultExport(p) ? DEFAULT_CLASS : undefined;
}

/** `export default …`, decorators first or not (copied trees keep no `export`/`default` tokens). */
function isDefaultExport(st: N): boolean {
  if (st.children.some((c) => c.type === 'default')) return true;
  const body = field(st, 'value') ?? field(st, 'declaration');
  return /(?:^|[\s)])export\s+default\s*$/.test(st.src.slice(st.start, body ? body.start : st.end)) || /^export\s+default\b/.test(text(st));
}

export function classInfo(cls: N, anonymousAs?: string): ClassInfo | undefined {
  const nameNode = field(cls, 'name');
  const className = nameNode ? text(nameNode) : anonymousAs;
  if (className === undefined) return undefined;
  const heritage = cls.children.find((c) => c.type === 'class_heritage');
  const ext = heritage?.children.find((c) => c.type === 'extends_clause');
  const extValue = ext ? (field(ext, 'value') ?? kids(ext)[0]) : undefined;
  const fields = new Map<string, FieldInfo>();
  const methods = new Map<string, N>();
  const statics = new Map<string, N>();
  const body = field(cls, 'body');
  for (const m of body ? kids(body) : []) {
    const isStatic = /^(?:@[^\n]*\s+)*(?:(?:public|private|protected|readonly|declare|override)\s+)*static\b/.test(text(m).replace(/^(@\w+(\([^)]*\))?\s*)*/, ''));
    if (m.type === 'public_field_definition') {
      const prop = field(m, 'name');
      if (!prop) continue;
      const value = field(m, 'value');
      if (isStatic) {
        if (value) statics.set(text(prop), value);
        continue;
      }
      fields.set(text(prop), {
        name: text(prop),
        ...(typeText(m) !== undefined ? { type: typeText(m)! } : {}),
        ...(value ? { init: value } : {}),
        decorators: m.children.filter((c) => c.type === 'decorator').map(decoratorCall).filter((d): d is { name: string; args: N[] } => !!d),
        node: m,
      });
    } else if (m.type === 'method_definition') {
      const prop = field(m, 'name');
      if (!prop) continue;
      const name = text(prop);
      if (isStatic) {
        // `static get tableName() { return 'leads'; }` / `static modifiers = …` as a getter.
        const b = field(m, 'body');
        const ret = b ? kids(b).find((s) => s.type === 'return_statement') : undefined;
        const v = ret ? kids(ret)[0] : undefined;
        if (v) statics.set(name, v);
        continue;
      }
      methods.set(name, m);
      if (name === 'constructor') {
        const ps = field(m, 'parameters');
        for (const p of ps ? kids(ps) : []) {
          if (p.type !== 'required_parameter' && p.type !== 'optional_parameter') continue;
          if (!p.children.some((c) => c.type === 'accessibility_modifier') && !/^\s*(?:@[\s\S]*?\s)?readonly\b/.test(text(p))) continue;
          const pat = field(p, 'pattern');
          if (pat?.type !== 'identifier') continue;
          fields.set(text(pat), {
            name: text(pat),
            ...(typeText(p) !== undefined ? { type: typeText(p)! } : {}),
            decorators: p.children.filter((c) => c.type === 'decorator').map(decoratorCall).filter((d): d is { name: string; args: N[] } => !!d),
            node: p,
          });
        }
      }
    }
  }
  return { name: className, node: cls, ...(extValue ? { extends: text(extValue) } : {}), fields, methods, statics };
}
