/**
 * Clients a class gets from its base classes: a presenter or service that `extends BasePresenter`
 * whose constructor holds `protected readonly _replica: PrismaReplicaClient = $replica` calls
 * `this._replica.lead.findMany(…)` without naming the client in its own file. Also client types
 * wrapped in the utility types applications use to narrow a client (`Omit<PrismaClient, '$transaction'>`).
 */
import { field, text } from './ast';
import { isGetter, type ClassInfo, type ModuleInfo } from './modinfo';
import type { ClientKind, TsIndex } from './workspace';

const MAX_DEPTH = 4;
/** Utility types whose first argument is the type of the value itself, narrowed or marked. */
const WRAPPERS = /^(?:Omit|Pick|Readonly|NonNullable)\s*</;

/** Adds `this.<field>` for client fields of the base classes of the file's classes (own fields win). */
export function addInheritedClients(index: TsIndex, fileName: string, module: ModuleInfo, out: Map<string, string>): void {
  // Keys are per file, not per class: a name some class of the file declares itself, or that two
  // bases give different clients, is left to the class's own reading.
  const own = new Set([...module.classes.values()].flatMap((c) => [...c.fields.keys()]));
  const found = new Map<string, string | null>();
  for (const cls of module.classes.values()) {
    let file = fileName;
    let info: ModuleInfo | undefined = module;
    let ext = cls.extends;
    for (let depth = 0; ext && depth < MAX_DEPTH; depth++) {
      const r = index.resolveRef(file, ext, info);
      if (r?.kind !== 'class') break;
      for (const f of r.cls.fields.values()) {
        const key = `this.${f.name}`;
        if (out.has(key) || own.has(f.name)) continue;
        const k = (f.type !== undefined ? index.typeClient(r.file, f.type) : undefined) ?? (f.init ? index.valueClient(r.file, f.init) : undefined);
        const before = found.get(key);
        found.set(key, before === undefined || before === k ? (k ?? null) : null);
      }
      // `protected get db(): Knex { return this.db_; }`: the getter's declared type is the client.
      for (const [name, type] of getterTypes(r.cls)) {
        const key = `this.${name}`;
        if (out.has(key) || own.has(name)) continue;
        const k = index.typeClient(r.file, type);
        const before = found.get(key);
        found.set(key, before === undefined || before === k ? (k ?? null) : null);
      }
      file = r.file;
      info = undefined;
      ext = r.cls.extends;
    }
  }
  for (const [key, k] of found) if (k) out.set(key, k);
}

/** Instance getters of a class with a declared return type (`get db(): Knex`) → that type's text. */
export function getterTypes(cls: ClassInfo): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, m] of cls.methods) {
    if (!isGetter(m)) continue;
    const rt = field(m, 'return_type');
    if (rt) out.push([name, text(rt).replace(/^:\s*/, '')]);
  }
  return out;
}

/** The client a utility type wrapping a client type names (`Omit<PrismaClient, '$on'>`), or undefined. */
export function wrappedTypeClient(index: TsIndex, file: string, typeText: string, info: ModuleInfo | undefined, depth: number): ClientKind | undefined {
  const t = typeText.trim();
  if (!WRAPPERS.test(t) || !t.endsWith('>')) return undefined;
  const inner = firstTypeArgument(t.slice(t.indexOf('<') + 1, -1));
  return inner ? index.typeClient(file, inner, info, depth + 1) : undefined;
}

/** The first argument of a type argument list, split at its top-level comma. */
function firstTypeArgument(args: string): string | undefined {
  let level = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '<' || c === '(' || c === '[' || c === '{') level++;
    else if (c === '>' || c === ')' || c === ']' || c === '}') level--;
    else if (c === ',' && level === 0) return args.slice(0, i).trim() || undefined;
  }
  return args.trim() || undefined;
}
