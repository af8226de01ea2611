/**
 * Objection models whose statics a class decorator writes. Objection reads `tableName`,
 * `relationMappings`, `modifiers` and `idColumn` from the model class; TypeScript applications
 * often set them with a decorator factory of their own instead of static fields:
 *
 *   export function Table(options: { name: string; relationMappings?: … }): ClassDecorator {
 *     return function (constructor) { constructor.tableName = options.name; … };
 *   }
 *   @Table({ name: 'leads', relationMappings: { … } }) export class Lead extends Entity {}
 *
 * A file's decorator factories (which static each writes, from which argument or option key) and
 * its decorated classes are learned per file; the models are built once per registry version from
 * every file's factories, so an entity and its decorator may live in any two files. A decorator
 * name that more than one visible factory declares differently is not followed.
 */
import { field, kids, stringValue, text, unwrap, visit, type N } from './ast';
import { objectProps } from './values';
import { classInfo } from './modinfo';
import { paramNames } from './inline';
import { objectionModelOf } from './objection-models';
import type { ModelInfo } from './models';

/** Where a decorator factory takes a static's value from: an argument (or a key of it), or a literal string. */
type Source = { readonly arg: number; readonly key?: string } | { readonly literal: string };

const STATICS = ['tableName', 'relationMappings', 'modifiers'] as const;
type StaticName = (typeof STATICS)[number];

interface DecoratorFactory {
  readonly name: string;
  readonly writes: ReadonlyMap<StaticName, Source>;
}

interface DecoratedClass {
  readonly cls: N;
  readonly decorator: string;
  readonly args: readonly N[];
}

export interface FileDecorations {
  readonly factories: readonly DecoratorFactory[];
  readonly classes: readonly DecoratedClass[];
}

const FUNCTIONS = new Set(['function_expression', 'arrow_function', 'function']);

/** Cheap test whether a file may declare a decorator factory writing `tableName`, or a decorated class extending another. */
export function mayDecorateModels(src: string): boolean {
  return /\btableName\b/.test(src) || (/@[\w$]/.test(src) && /\)\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+[\w$]+(?:\s*<[^>{]*>)?\s+extends\b/.test(src));
}

/** The decorator factories and the decorated classes (that extend another class) of a parsed file. */
export function fileDecorations(root: N, decoratorsOf: (cls: N) => N[], decoratorCall: (d: N) => { name: string; args: N[] } | undefined): FileDecorations | undefined {
  const factories: DecoratorFactory[] = [];
  const classes: DecoratedClass[] = [];
  visit(root, (n) => {
    if (n.type === 'function_declaration') {
      const f = factoryOf(text(field(n, 'name') ?? n), n);
      if (f) factories.push(f);
    } else if (n.type === 'variable_declarator' && field(n, 'name')?.type === 'identifier') {
      const v = unwrap(field(n, 'value'));
      const f = v && FUNCTIONS.has(v.type) ? factoryOf(text(field(n, 'name')!), v) : undefined;
      if (f) factories.push(f);
    } else if ((n.type === 'class_declaration' || n.type === 'class') && classInfo(n)?.extends) {
      for (const d of decoratorsOf(n)) {
        const c = d.children[0]?.type === 'call_expression' ? decoratorCall(d) : undefined;
        if (c?.args.length) classes.push({ cls: n, decorator: c.name, args: c.args });
      }
    }
  });
  return factories.length || classes.length ? { factories, classes } : undefined;
}

/** A stable text of what a file's decorations say (to detect real changes). */
export function decorationsSignature(d: FileDecorations | undefined): string {
  if (!d) return '';
  return JSON.stringify([d.factories.map((f) => [f.name, [...f.writes]]), d.classes.map((c) => [text(field(c.cls, 'name') ?? c.cls), c.decorator, c.args.map(text)])]);
}

/** The function a factory returns when it is applied to a class: `return function (ctor) {…}` or `(o) => (ctor) => {…}`. */
function appliedFunction(fn: N): N | undefined {
  const body = unwrap(field(fn, 'body'));
  if (body && FUNCTIONS.has(body.type)) return body;
  if (body?.type !== 'statement_block') return undefined;
  const rets = kids(body).filter((s) => s.type === 'return_statement').map((s) => unwrap(kids(s)[0]));
  return rets.length === 1 && rets[0] && FUNCTIONS.has(rets[0].type) ? rets[0] : undefined;
}

/** A decorator factory writing `tableName` on the class it decorates, with where each static it writes comes from. */
function factoryOf(name: string, fn: N): DecoratorFactory | undefined {
  const applied = appliedFunction(fn);
  const target = applied ? paramNames(applied)[0] : undefined;
  const body = applied ? field(applied, 'body') : undefined;
  if (!applied || !target || !body) return undefined;
  const params = paramNames(fn);
  // The class under other names: `const model = constructor as typeof BaseModel`.
  const names = new Set([target]);
  const writes = new Map<StaticName, Source>();
  visit(body, (n) => {
    if (n.type === 'variable_declarator') {
      const v = unwrap(field(n, 'value'));
      if (v?.type === 'identifier' && names.has(text(v)) && field(n, 'name')?.type === 'identifier') names.add(text(field(n, 'name')!));
    } else if (n.type === 'assignment_expression') {
      const left = field(n, 'left');
      const obj = left?.type === 'member_expression' ? unwrap(field(left, 'object')) : undefined;
      const prop = left ? text(field(left, 'property') ?? left) : '';
      if (obj?.type !== 'identifier' || !names.has(text(obj)) || !(STATICS as readonly string[]).includes(prop)) return;
      const src = sourceOf(unwrap(field(n, 'right')), params);
      if (src) writes.set(prop as StaticName, src);
    }
  });
  return writes.has('tableName') ? { name, writes } : undefined;
}

/** `options.name` (an option of an argument), `name` (an argument) or `'leads'`. */
function sourceOf(v: N | undefined, params: readonly string[]): Source | undefined {
  // A default for an option left out (`options.relations ?? {}`) changes nothing when it is given.
  const op = v?.type === 'binary_expression' ? v.src.slice(field(v, 'left')?.end ?? v.start, field(v, 'right')?.start ?? v.end).trim() : '';
  if (op === '??' || op === '||') return sourceOf(unwrap(field(v!, 'left')), params);
  const s = stringValue(v);
  if (s !== undefined) return { literal: s };
  if (v?.type === 'identifier' && params.includes(text(v))) return { arg: params.indexOf(text(v)) };
  if (v?.type !== 'member_expression') return undefined;
  const obj = unwrap(field(v, 'object'));
  const i = obj?.type === 'identifier' ? params.indexOf(text(obj)) : -1;
  return i >= 0 ? { arg: i, key: text(field(v, 'property') ?? v) } : undefined;
}

/** The node a decorated class's arguments give for a static: the argument, or its option. */
function valueOf(src: Source | undefined, args: readonly N[]): N | string | undefined {
  if (!src) return undefined;
  if ('literal' in src) return src.literal;
  const a = unwrap(args[src.arg]);
  if (src.key === undefined) return a;
  if (a?.type !== 'object') return undefined;
  return objectProps(a).props.find((p) => p.key === src.key)?.value;
}

/** The models of every decorated class whose decorator is one factory, across files. */
export function decoratedModels(files: Iterable<FileDecorations>): ModelInfo[] {
  const all = [...files];
  const factories = new Map<string, DecoratorFactory | null>();
  for (const f of all.flatMap((d) => d.factories)) {
    const prev = factories.get(f.name);
    factories.set(f.name, prev === undefined || JSON.stringify([...prev?.writes ?? []]) === JSON.stringify([...f.writes]) ? f : null);
  }
  const out: ModelInfo[] = [];
  for (const c of all.flatMap((d) => d.classes)) {
    const f = factories.get(c.decorator);
    const info = f ? classInfo(c.cls) : undefined;
    // A class naming its own table keeps it (objection-models.ts reads it as a plain model).
    if (!f || !info || info.statics.has('tableName')) continue;
    const table = valueOf(f.writes.get('tableName'), c.args);
    const tableName = typeof table === 'string' ? table : stringValue(unwrap(table));
    if (!tableName) continue;
    const node = (s: StaticName): N | undefined => {
      const v = valueOf(f.writes.get(s), c.args);
      return typeof v === 'string' ? undefined : v;
    };
    out.push(objectionModelOf(info, tableName, node('relationMappings') ?? info.statics.get('relationMappings'), node('modifiers') ?? info.statics.get('modifiers')));
  }
  return out;
}
