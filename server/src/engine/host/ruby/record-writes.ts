/**
 * Records whose class is known from where the code is, not from a finder:
 * - `self` in a model's instance method, or in a concern's method when models include it
 *   (`def hide; update_column(:status, "hidden"); end`, `self.touch`);
 * - a method parameter, or an instance variable `initialize` set from one: typed by what the
 *   method's callers pass (`LeadStats.new(campaign)`, `CloseJob.perform_later(lead)`), else by the
 *   parameter's name when it names a model (`def self.close(lead:)`).
 * ActiveRecord writes a persisted record by its primary key only (`UPDATE "leads" SET … WHERE
 * "leads"."id" = $1`), so such writes scan every partition whatever the record was loaded with.
 */
import type { ModelInfo } from './models';
import type { MethodDecl, MethodParam } from './file-entry';
import type { RubyIndex } from './workspace';
import { child, namedChildren, textOf, type RNode } from './syntax';
import { classify, singularize } from './inflect';
import { argsOf } from './ar';
import { lookupMethod, visitCallParts } from './ar-calls';
import { recordWrite, TOUCHING_WRITES, touchOwners } from './ar-writes';
import { OTHER, type Env, type EvalContext, type Val } from './ar-values';
import { currentAttributeArg, recordIn } from './current-attributes';
import { conventionDependency } from './ar-conventions';
import { esc, memoUntilChange } from './serial-memo';
import { constructorForwarders } from './constructor-forwarders';
import { handedParam, selfArgument } from './caller-params';

/**
 * Writes a model method sends on `self` (and a parameter named after its model receives). `save`
 * is left out: a model method saving itself may be creating the row (an INSERT), and
 * `update`/`update!` on a new record are rare in models; `delete` of a new record sends nothing.
 */
export const SELF_WRITES = new Set([
  'update', 'update!', 'update_column', 'update_columns', 'update_attribute', 'touch', 'destroy', 'destroy!', 'delete', 'increment!', 'decrement!', 'toggle!',
  'lock!', 'with_lock',
]);

/** The models `self` may be: the model of an instance method, or every model including the concern. */
function selfModels(ctx: EvalContext, name: string): ModelInfo[] {
  const s = ctx.self;
  if (s?.k === 'rec') return [s.model];
  if (s?.k !== 'obj' || !ctx.code || lookupMethod(ctx, s.cls, name, false)) return [];
  return ctx.index.modelsIncluding(s.cls);
}

/**
 * A write with `self` as its receiver (implicit or `self.`): reported for each model `self` may
 * be. Returns whether the call was handled.
 */
export function selfWrite(ctx: EvalContext, call: RNode, name: string, env: Env): boolean {
  // `initialize` (and code outside a method) may be building a new record.
  if (!ctx.defName || ctx.defName === 'initialize') return false;
  if (!SELF_WRITES.has(name) && !((name === 'save' || name === 'save!') && savedPersisted(ctx))) return false;
  const models = selfModels(ctx, name).filter((m) => !m.association(name));
  if (!models.length) return false;
  visitCallParts(ctx, call, env);
  for (const m of models) {
    recordWrite(ctx, m, call, name, argsOf(call));
    if (TOUCHING_WRITES.has(name)) touchOwners(ctx, m, call, name, argsOf(call));
  }
  return true;
}

/** `save` in a model's instance method that its callers run on persisted records (`self-save.ts`). */
function savedPersisted(ctx: EvalContext): boolean {
  if (ctx.self?.k !== 'rec' || !ctx.code || (ctx.level ?? 0) > 0) return false;
  const key = `v|${ctx.self.model.name}|${ctx.defName}`;
  const t = conventionDependency(ctx.code, key);
  ctx.deps?.set(`x:${key}`, t);
  return t === '1';
}

// ---------------------------------------------------------------------------------------------
// Parameters holding records

/** Where a parameter is: the class whose method it belongs to, the method, its place. */
interface ParamInfo {
  readonly name: string;
  readonly owner: string;
  readonly method: string;
  readonly singleton: boolean;
  /** Position among the positional parameters (-1 for a keyword). */
  readonly index: number;
}

const params = new WeakMap<Val, ParamInfo>();

/** A plain value standing for a parameter whose argument we cannot see here. */
function paramValue(info: ParamInfo): Val {
  const v: Val = { k: 'other' };
  params.set(v, info);
  return v;
}

/** Whether a value stands for a parameter (kept as it is when bound, unlike other plain values). */
export function isParamValue(v: Val): boolean {
  return params.has(v);
}

function ownerOf(ctx: EvalContext, self: Val | undefined): string | undefined {
  if (self?.k === 'obj' || self?.k === 'cls') return self.cls;
  if (self?.k === 'rec') return self.model.name;
  return ctx.nesting.at(-1);
}

/** A parameter node of a method unit evaluated for itself. */
export function unitParam(ctx: EvalContext, def: RNode, p: RNode, name: string): Val {
  const owner = ownerOf(ctx, ctx.self);
  const method = child(def, 'name');
  if (!owner || !method) return OTHER;
  const ps = child(def, 'parameters');
  const positional = (ps ? namedChildren(ps) : []).filter((x) => x.type === 'identifier' || x.type === 'optional_parameter');
  const index = p.type === 'keyword_parameter' ? -1 : positional.indexOf(p);
  return paramValue({ name, owner, method: textOf(ctx.src, method), singleton: def.type === 'singleton_method', index });
}

/** A parameter of a followed method evaluated with unknown arguments (`initialize` for an instance variable). */
export function declParam(ctx: EvalContext, m: MethodDecl, self: Val, p: MethodParam): Val {
  const owner = ownerOf(ctx, self) ?? m.owner;
  const positional = m.params.filter((x) => x.kind === 'req' || x.kind === 'opt');
  const index = p.kind === 'key' ? -1 : positional.indexOf(p);
  if (p.kind !== 'key' && index < 0) return OTHER;
  return paramValue({ name: p.name, owner, method: m.name, singleton: m.singleton, index });
}

/** Writes of a parameter's record; `save` only when the callers show a persisted record. */
const CALLER_WRITES = new Set(['save', 'save!']);

/**
 * The record a parameter holds, for the call made on it next (`lead.update(…)`, `resource.leads`):
 * a record of the model its callers pass, or the model its name names. Undefined when unknown,
 * when callers pass records of different models, or when the call is neither an association nor a write.
 */
export function paramRecord(ctx: EvalContext, v: Val, next: string | undefined): Val | undefined {
  const info = params.get(v);
  if (!info || next === undefined || !ctx.code) return undefined;
  // Only a write or an association read makes the record matter (and the callers worth reading).
  // So does an instance method of a model (`user.issue_assignments_to_deliver`), followed on the record.
  const instanceMethod = (model: ModelInfo): boolean => !!ctx.index.declared(model.name) && lookupMethod(ctx, model.name, next, false) !== undefined;
  // (A name no model file defines is no model's instance method: typing the parameter reads every
  // caller, which a method called on parameters all over a large application made quadratic.)
  if (!SELF_WRITES.has(next) && !CALLER_WRITES.has(next) && !ctx.index.associationNames().has(next) && !(ctx.code.mayBeCalled(next) && ctx.code.definedInModels(next))) return undefined;
  const typed = paramType(ctx, info);
  if (!typed) return undefined;
  if (typed.model.association(next) || instanceMethod(typed.model)) return { k: 'rec', model: typed.model };
  if (!typed.persisted) return undefined;
  if (SELF_WRITES.has(next) || (typed.fromCallers && CALLER_WRITES.has(next))) return { k: 'rec', model: typed.model, persisted: true };
  return undefined;
}

interface Typed {
  readonly model: ModelInfo;
  readonly persisted: boolean;
  readonly fromCallers: boolean;
}

function paramType(ctx: EvalContext, info: ParamInfo): Typed | undefined {
  const key = paramKey(info);
  const seen = callerTypes(ctx.code!, info);
  ctx.deps?.set(`r:${key}`, seen);
  const names = seen ? seen.split(',') : [];
  const models = new Set(names.filter((n) => n !== '?' && n !== '+').map((n) => n.replace(/\+$/, '')));
  const fresh = names.some((n) => n.endsWith('+'));
  if (models.size > 1) return undefined;
  if (models.size === 1) {
    const model = ctx.index.model([...models][0]!);
    return model ? { model, persisted: !fresh, fromCallers: true } : undefined;
  }
  const model = modelNamed(ctx.code!, info.name);
  return model ? { model, persisted: !fresh, fromCallers: false } : undefined;
}

function paramKey(info: ParamInfo): string {
  return `${info.owner}|${info.method}|${info.singleton ? 1 : 0}|${info.index}|${info.index < 0 ? info.name : ''}`;
}

/** The dependency value of an `r:` key, recomputed (a caller changed what it passes). */
export function paramDependency(idx: RubyIndex, key: string): string {
  const [owner, method, singleton, index, name] = key.split('|');
  return callerTypes(idx, { owner: owner!, method: method!, singleton: singleton === '1', index: Number(index), name: name ?? '' });
}

/** A model named by a variable (`lead`, `@campaign`, `current_user`), when declared in the workspace. */
function modelNamed(idx: RubyIndex, name: string): ModelInfo | undefined {
  const n = name.replace(/^@/, '').replace(/^current_/, '');
  if (!/^[a-z][a-z0-9_]*$/.test(n) || singularize(n) !== n) return undefined;
  const cls = classify(n);
  // Else the model the singular associations of that name point to (`family` for `belongs_to :family, class_name: "User"`).
  return idx.models.declared(cls) ? idx.models.model(cls) : idx.models.associationNames().has(n) ? idx.models.singularAssociationModel(n) : undefined;
}

// `create!` raises unless the row was inserted: what it returns is persisted, like a finder's record.
const FINDERS = '(?:find|find_by!?|find_by_\\w+!?|find_sole_by|first!?|last!?|take!?|sole|find_or_create_by!?|create_or_find_by!?|create!)';

/**
 * What the callers pass for a parameter, as a sorted list: a model name per known record (`Lead`,
 * `Lead+` for a new one), `?` for an argument we cannot type. Callers are found textually in the
 * files naming the owner: `Owner.new(…)` for `initialize`, `Owner.perform_later(…)` for a job's
 * `perform`, `.name(…)` otherwise.
 */
const callerTypes = memoUntilChange(paramKey, scanCallers, '?');

/**
 * What one caller's argument holds: written out there (`recordIn`), `self` of a model method, or
 * a parameter its method hands on, typed by that method's callers in turn (caller-params.ts).
 */
function argumentTypes(idx: RubyIndex, file: string, text: string, offset: number, arg: string): string[] {
  const t = recordIn(idx, text, arg);
  if (t !== '?') return [t];
  if (arg === 'self') return [selfArgument(idx, file, offset) ?? '?'];
  const handed = handedParam(idx, file, offset, arg);
  if (!handed) return ['?'];
  const up = callerTypes(idx, handed);
  return up ? up.split(',') : ['?'];
}

function scanCallers(idx: RubyIndex, info: ParamInfo): string {
  const short = info.owner.split('::').pop()!;
  // `Command.call(form, record)` through `def self.call(*args) = new(*args).call` (constructor-forwarders.ts).
  const forwarders = info.method === 'initialize' ? constructorForwarders(idx, info.owner, idx.textsMentioning(short)) : [];
  const builders = ['new', ...forwarders].map(esc).join('|');
  // `Klass.(args)`, the shorthand of `Klass.call(args)`, when `call` builds the object.
  const shorthand = forwarders.includes('call') ? '|(?=\\()' : '';
  const call =
    info.method === 'initialize'
      ? new RegExp(`\\b${esc(short)}\\.(?:(?:${builders})(?![\\w?!])${shorthand})`, 'g')
      : info.method === 'perform' && !info.singleton
        ? new RegExp(`(?:\\b${esc(short)}(?:\\.set\\([^)]*\\))?\\.(?:perform_later|perform_now|perform_async)|\\.perform)(?![\\w?!])`, 'g')
        : new RegExp(`\\.${esc(info.method)}(?![\\w?!])`, 'g');
  const out: string[] = [];
  for (const [file, text] of idx.textsMentioning(short)) {
    for (const m of text.matchAll(call)) {
      // `def self.close(lead:)` declares the method, it does not call it.
      if (/\bdef\s+self$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const args = callArgs(text, m.index + m[0].length);
      if (!args) continue;
      const arg = info.index < 0 ? keywordArg(args, info.name) : positionalArg(args, info.index);
      out.push(...(arg === undefined ? ['?'] : argumentTypes(idx, file, text, m.index, arg)));
    }
  }
  // An instance method called without a receiver (`timeline(@lead)`) by the class or its subclasses,
  // also by a wrapper handing its own parameter on (`def perform(row) = perform_now_uncached(row)`).
  if (!info.singleton && info.method !== 'initialize' && info.method !== 'perform') {
    const bare = new RegExp(`(?<![\\w.@:$])${esc(info.method)}(?=\\(|[ ][\\w@:])`, 'g');
    for (const [f, text] of idx.textsMentioning(info.method)) {
      // (The text test first: outlining a file parses it.)
      const calls = [...text.matchAll(bare)];
      if (!calls.length || !declaresKindOf(idx, f, info.owner)) continue;
      for (const m of calls) {
        if (/\bdef\s+(?:self\.)?$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
        const args = callArgs(text, m.index + m[0].length);
        if (!args?.length) continue;
        const arg = info.index < 0 ? keywordArg(args, info.name) : positionalArg(args, info.index);
        out.push(...(arg === undefined ? ['?'] : argumentTypes(idx, f, text, m.index, arg)));
      }
    }
  }
  return [...new Set(out)].sort().join(',');
}

/** Whether a file declares the class or one of its subclasses (where a bare call reaches the class's method). */
function declaresKindOf(idx: RubyIndex, file: string, owner: string): boolean {
  return idx.outline(file).classes.some((c) => {
    let cur: string | undefined = c.name;
    for (let i = 0; cur && i < 6; i++, cur = idx.superclassOf(cur)) if (cur === owner) return true;
    return false;
  });
}

/** The arguments of a call whose name ends at `at`: `(a, b: c)` or a command call's rest of line. */
function callArgs(text: string, at: number): string[] | undefined {
  let i = at;
  let paren = false;
  if (text[i] === '(') {
    paren = true;
    i++;
  } else if (text[i] === ' ' && /[\w@:]/.test(text[i + 1] ?? '')) i++;
  else return [];
  const args: string[] = [];
  let depth = 0;
  let cur = '';
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      cur += text.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        if (paren && c === ')') break;
        return undefined;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(cur.trim());
      cur = '';
      continue;
    } else if (c === '\n' && depth === 0 && !paren) break;
    else if (!paren && depth === 0 && /^\s(do|if|unless)\b/.test(text.slice(i, i + 8))) break;
    cur += c;
  }
  if (cur.trim()) args.push(cur.trim());
  return args;
}

function positionalArg(args: readonly string[], index: number): string | undefined {
  const pos: string[] = [];
  for (const a of args) {
    // `**options` only adds keywords; `*rest` shifts the positions after it, not those before.
    if (a.startsWith('**')) continue;
    if (a.startsWith('*') || a.startsWith('&')) return a.startsWith('&') || pos.length > index ? pos[index] : undefined;
    if (!/^[a-z_]\w*:(?!:)/.test(a) && !/^["'][^"']*["']:/.test(a)) pos.push(a);
  }
  return pos[index];
}

function keywordArg(args: readonly string[], name: string): string | undefined {
  for (const a of args) {
    const m = /^([a-z_]\w*):(?!:)\s*(.*)$/s.exec(a);
    if (m?.[1] === name) return m[2] || name;
  }
  return undefined;
}

/** What an argument is, written out at a caller: a record of a model (`Lead`), a new one (`Lead+`), or unknown (`?`). */
export function argType(idx: RubyIndex, arg: string): string {
  const named = /^@?[a-z_]\w*$/.test(arg) ? modelNamed(idx, arg) : undefined;
  if (named) return named.name;
  let m = new RegExp(`^((?:::)?[A-Z][\\w:]*)\\.${FINDERS}(?![\\w?!])`).exec(arg);
  if (m && idx.models.declared(m[1]!)) return idx.models.model(m[1]!)?.name ?? '?';
  m = new RegExp(`\\.([a-z_]+)\\.${FINDERS}(?![\\w?!])`).exec(arg);
  if (m && singularize(m[1]!) !== m[1]) return modelNamed(idx, singularize(m[1]!))?.name ?? '?';
  m = /^((?:::)?[A-Z][\w:]*)\.new(?![\w?!])/.exec(arg);
  if (m && idx.models.declared(m[1]!)) return `${idx.models.model(m[1]!)?.name ?? '?'}+`;
  // `user.leads.build(…)` / `.new(…)`: a new record of the association's model.
  m = /\.([a-z_]+)\.(?:build|new)(?![\w?!])/.exec(arg);
  if (m && singularize(m[1]!) !== m[1]) {
    const model = modelNamed(idx, singularize(m[1]!));
    if (model) return `${model.name}+`;
  }
  // `Current.account` (ActiveSupport::CurrentAttributes): the record the application assigns to it.
  return currentAttributeArg(idx, arg) || '?';
}

const WRITE_WORD = /(?:^|[^\w.@:])(?:self\.)?(?:save!?|update|update!|update_columns?|update_attribute|touch|destroy!?|delete|increment!|decrement!|toggle!)(?![\w?!])/;

/**
 * Whether a unit (or a file) may write `self` of a model stored in a partitioned table: it
 * writes with an implicit or `self` receiver and its class is such a model, or a concern one
 * includes. (The pre-filter's words do not name the model inside its own methods.)
 */
export function selfWriteRelevant(idx: RubyIndex, owners: readonly string[], text: string, test: (text: string) => boolean): boolean {
  if (!owners.length) return false;
  // `self.class.where(…)`: the model queried from its own instance method, not named either.
  const self = WRITE_WORD.test(text) || /\bself\.class\.[a-z_]/.test(text);
  // `record.touch` on a parameter: relevant when a file calling the class names a table or model.
  const param = PARAM_WRITE.test(text);
  if (!self && !param) return false;
  for (const owner of owners) {
    const short = owner.split('::').pop()!;
    if (self && idx.models.declared(owner) && test(short)) return true;
    if (self && idx.models.modelsIncluding(owner).some((m) => test(m.name.split('::').pop()!))) return true;
    if (param && !idx.models.declared(owner) && idx.textsMentioning(short).some(([, t]) => test(t))) return true;
  }
  return false;
}

const PARAM_WRITE_RE = /(?:^|[^\w.@:])@?[a-z_]\w*&?\.(?:update|update!|update_columns?|update_attribute|touch|destroy!?|delete|increment!|decrement!|toggle!|save!?)(?![\w?!])/;

/**
 * What every `PARAM_WRITE_RE` match holds: a dot and the method. `PARAM_WRITE_RE` tries a match at
 * every identifier of a text (it was 0.7 % of a 10,000-file Rails scan), this one only at dots.
 */
const PARAM_WRITE_DOT = /\.(?:update|touch|destroy|delete|increment!|decrement!|toggle!|save)/;

/** `record.touch` on a receiver other than `self` (see `PARAM_WRITE_RE`). */
const PARAM_WRITE = { test: (text: string): boolean => PARAM_WRITE_DOT.test(text) && PARAM_WRITE_RE.test(text) };

/** Whether `selfWriteRelevant` can hold for a text at all, whatever its owners (no record write in it). */
export function mayWriteRecord(text: string): boolean {
  return WRITE_WORD.test(text) || PARAM_WRITE.test(text);
}

/** Whether a text writes with an implicit or `self` receiver (a model's or concern's method may). */
export function mayWriteSelf(text: string): boolean {
  return WRITE_WORD.test(text);
}

/** The classes and modules a file declares (`module Flaggable`), for `selfWriteRelevant` on the whole file. */
export function declaredModules(text: string): string[] {
  return [...text.matchAll(/^[ \t]*(?:module|class)[ \t]+([A-Z][\w:]*)/gm)].map((m) => m[1]!);
}
