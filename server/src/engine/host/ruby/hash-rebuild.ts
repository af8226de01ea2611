/**
 * Option hashes rebuilt from a hash the caller wrote out. Filter modules normalise their options
 * before reading them: DocuSeal's `ALLOWED_PARAMS.each_with_object({}) { |key, acc| next if
 * params[key].blank?; acc[key.to_sym] = … }`, `params.to_h.symbolize_keys`, `opts.slice(:from,
 * :to)`. When the caller's hash is known (`Filter.call(rel, user, { "created_at_from" => … })`), the
 * rebuilt hash is known too, so the filters its keys switch on are decided the same way.
 */
import { child, namedChildren, textOf, type RNode } from './syntax';
import { argsOf, evalValue } from './ar';
import { hashRead } from './hash-reads';
import { HASH_MERGES, mergedHash } from './hash-merge';
import { knownKey, stringValue } from './ar-controller-name';
import { knownTruth, visit } from './ar-visit';
import { memoPerGeneration } from '../generation-memo';
import type { RubyIndex } from './workspace';
import { NIL, OTHER, TRUTHY, type Env, type EvalContext, type Val } from './ar-values';

type Hash = Val & { k: 'hash' };

/** Hash methods that return the same keys and values (ActiveSupport's key conversions, copies). */
const SAME_HASH = /^(to_h|to_hash|to_unsafe_h|symbolize_keys|stringify_keys|deep_symbolize_keys|deep_stringify_keys|with_indifferent_access|dup|clone|freeze|compact)$/;

/**
 * The value of `recv.name(…)` when it reads or rebuilds a hash we can see, or loops over a constant
 * list of keys building one; undefined for any other call. `root` is the receiver's node when the
 * call is the first of its chain (a constant or an array literal can name the key list).
 */
export function hashCall(ctx: EvalContext, state: Val, root: RNode | undefined, call: RNode, name: string, env: Env): Val | undefined {
  if (name === 'each_with_object' && root) return keyLoop(ctx, root, call, env);
  if (state.k !== 'hash' || child(call, 'block')) return undefined;
  const args = argsOf(call);
  const read = hashRead(ctx, state, name, args, env);
  if (read) return read;
  if (HASH_MERGES.test(name) && args.length === 1) return mergedHash(state, name, evalValue(ctx, args[0]!, env, 'consumed')) ?? OTHER;
  if (SAME_HASH.test(name) && !args.length) return state;
  if (name === 'slice' || name === 'except') return sliced(ctx, state, name === 'slice', args, env);
  return undefined;
}

/** `h.slice(:from, :to)` / `h.slice(*KEYS)` / `h.except(:page)` with keys we know. */
function sliced(ctx: EvalContext, h: Hash, keep: boolean, args: readonly RNode[], env: Env): Val {
  const keys: string[] = [];
  for (const a of args) {
    const splat = a.type === 'splat_argument' ? namedChildren(a)[0] : undefined;
    const list = splat ? wordList(ctx, splat) : undefined;
    const one = splat ? undefined : knownKey(ctx, a, env);
    if (list) keys.push(...list);
    else if (one !== undefined) keys.push(one);
    else return OTHER;
  }
  const entries = new Map([...h.entries].filter(([k]) => keys.includes(k) === keep));
  // Slicing an open hash keeps it open only for the keys asked for (others are gone).
  return { k: 'hash', entries, ...(h.open && !keep ? { open: true } : {}) };
}

/**
 * `KEYS.each_with_object({}) do |key, acc| … end` over a list of keys we know: the block is run
 * once per key, with `key` that string and `acc` the hash so far; `next if …`/`next unless …`
 * decided by what the caller's hash holds. Queries in the block are reported once (first key).
 */
function keyLoop(ctx: EvalContext, root: RNode, call: RNode, env: Env): Val | undefined {
  const block = child(call, 'block');
  const args = argsOf(call);
  if (!block || args.length !== 1 || !/^(\{\s*\}|Hash\.new)$/.test(textOf(ctx.src, args[0]!))) return undefined;
  const words = wordList(ctx, root);
  const ps = child(block, 'parameters');
  const params = ps ? namedChildren(ps) : [];
  if (!words || params.length !== 2 || params.some((p) => p.type !== 'identifier')) return undefined;
  const [item, memo] = params.map((p) => textOf(ctx.src, p)) as [string, string];
  const body = block.children.find((c) => c.type === 'block_body' || c.type === 'body_statement');
  const stmts = body ? namedChildren(body).filter((s) => s.type !== 'comment') : [];
  let acc: Hash = { k: 'hash', entries: new Map() };
  // The same statements run for every key: their queries are reported once, for the first.
  let reported: number | undefined;
  for (const word of words) {
    const benv: Env = new Map(env);
    benv.set(item, stringValue(word));
    benv.set(memo, acc);
    const before: ReadonlyMap<string, Val> = acc.entries;
    const checked = runBlock(ctx, stmts, benv, item);
    if (reported === undefined) reported = ctx.sites.length;
    else ctx.sites.splice(reported);
    if (checked === undefined) continue;
    const after = benv.get(memo);
    if (after?.k !== 'hash') return OTHER;
    acc = checked ? presentCopies(before, after) : after;
  }
  return acc;
}

/**
 * Runs the block's statements for one key. Returns undefined when a `next` surely skips the rest,
 * true when a `next` test on the key's own value surely let it through (the value was checked
 * present), false otherwise. After a test we cannot decide, the rest runs conditionally.
 */
function runBlock(ctx: EvalContext, stmts: readonly RNode[], env: Env, item: string): boolean | undefined {
  let cond = false;
  let checked = false;
  for (const s of stmts) {
    if (s.type === 'next') return undefined;
    const test = nextTest(ctx, s);
    if (!test) {
      visit(ctx, s, env, 'statement', cond);
      continue;
    }
    const known = knownTruth(ctx, test, env);
    if (known !== TRUTHY && known !== NIL) {
      cond = true;
      continue;
    }
    if ((known === TRUTHY) === (s.type === 'if_modifier')) return undefined;
    if (new RegExp(`(?<![\\w@:.])${item}(?!\\w)`).test(textOf(ctx.src, test))) checked = true;
  }
  return checked && !cond;
}

/** The test of `next if test` / `next unless test`. */
function nextTest(ctx: EvalContext, s: RNode): RNode | undefined {
  if (s.type !== 'if_modifier' && s.type !== 'unless_modifier') return undefined;
  const test = child(s, 'condition');
  const body = namedChildren(s).find((c) => c !== test);
  return body?.type === 'next' && !namedChildren(body).length ? test : undefined;
}

/**
 * Keys the loop set after checking the source value present: a converted copy of a present value
 * (`Time.zone.parse(params[key])`, `params[key].to_s.strip`) is taken as present, as the filter
 * reading it does (a value the conversion rejects is a bad request, not an absent filter).
 */
function presentCopies(before: ReadonlyMap<string, Val>, after: Hash): Hash {
  const entries = new Map(after.entries);
  for (const [k, v] of after.entries) if (!before.has(k) && v === OTHER) entries.set(k, TRUTHY);
  return { ...after, entries };
}

/**
 * The keys a list literal (`%w[a b]`, `%i[a b]`, `[:a, "b"]`, optionally `.freeze`) or a constant
 * holding one names; undefined when not such a list or when the constant is defined differently
 * in several places.
 */
export function wordList(ctx: EvalContext, n: RNode): readonly string[] | undefined {
  const text = textOf(ctx.src, n);
  if (n.type === 'array' || n.type === 'string_array' || n.type === 'symbol_array') return parseWords(text);
  if ((n.type !== 'constant' && n.type !== 'scope_resolution') || !ctx.code) return undefined;
  const name = text.split('::').at(-1)!;
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return undefined;
  // Ruby looks a constant up in the enclosing class or module first: its file's definition wins.
  const owner = (text.includes('::') ? text.split('::').at(-2) : ctx.nesting.at(-1)?.split('::').at(-1)) ?? '';
  const found = constantWords(ctx.code, `${owner}|${name}`);
  ctx.deps?.set(`x:w|${owner}|${name}`, found);
  return found ? found.split(' ') : undefined;
}

const lists = memoPerGeneration<RubyIndex, string, string>();

/**
 * The words of a constant's list (`owner|NAME`) as one space-separated string ('' when unknown),
 * for the dependency check too: the one definition in a file declaring the owner, else the one
 * definition anywhere; '' when definitions differ.
 */
export function constantWords(idx: RubyIndex, key: string): string {
  return lists.get(idx, idx.changeSerial, key, () => {
    const [owner, name] = key.split('|') as [string, string];
    const def = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*(%[wWiI]\\[[^\\]]*\\]|%[wWiI]\\([^)]*\\)|\\[[^\\]]*\\])(?:\\.freeze)?[ \\t]*(?:#.*)?$`, 'gm');
    const declares = owner ? new RegExp(`^[ \\t]*(?:module|class)[ \\t]+(?:\\w+::)*${owner}\\b`, 'm') : undefined;
    const own = new Set<string>();
    const all = new Set<string>();
    for (const [, text] of idx.textsMentioning(name)) {
      for (const m of text.matchAll(def)) {
        const words = parseWords(m[1]!)?.join(' ') ?? '';
        all.add(words);
        if (declares?.test(text)) own.add(words);
      }
    }
    const pick = own.size ? own : all;
    return pick.size === 1 ? [...pick][0]! : '';
  });
}

/** `%w[a b]`, `%i(a b)`, `[:a, "b", 'c']` → their words; undefined for anything else. */
function parseWords(text: string): string[] | undefined {
  const t = text.replace(/\.freeze$/, '');
  const pct = /^%[wWiI][[(]([^\])]*)[\])]$/.exec(t);
  if (pct) {
    const words = pct[1]!.split(/\s+/).filter(Boolean);
    return words.length && words.every((w) => /^\w+[?!]?$/.test(w)) ? words : undefined;
  }
  const arr = /^\[([^\]]*)\]$/.exec(t);
  if (!arr) return undefined;
  const items = arr[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  const words = items.map((s) => /^(?::(\w+[?!]?)|"(\w+)"|'(\w+)')$/.exec(s)).map((m) => m?.[1] ?? m?.[2] ?? m?.[3]);
  return words.length && words.every((w) => w !== undefined) ? (words as string[]) : undefined;
}
