/**
 * Options read out of a hash the caller wrote out (`Finder.new(params: { filter: { status: "won" } })`):
 * `params.dig(:filter, :status)`, `params.fetch(:a, nil)`, `params[:filter][:status]`. A key the
 * literal lacks is nil (or `fetch`'s default); anything we cannot read is plain (unknown).
 */
import { symbolOrStringValue, type RNode } from './syntax';
import { literalValue } from './ar';
import { callOn, lookupMethod } from './ar-calls';
import { ivarValue } from './plain-object-ivars';
import { FALSE, NIL, OTHER, TRUTHY, type Env, type EvalContext, type Val } from './ar-values';

/** The value `dig`/`fetch`/`[]` reads from a hash value, or undefined when the call is not such a read. */
export function hashRead(ctx: EvalContext, h: Val, name: string, args: readonly RNode[], env: Env): Val | undefined {
  if (h.k !== 'hash' || !args.length) return undefined;
  if (name === 'dig' || name === '[]') {
    let cur: Val = h;
    for (const a of args) {
      const key = symbolOrStringValue(ctx.src, a);
      if (key === undefined || (name === '[]' && args.length > 1)) return OTHER;
      // `dig` through nil is nil; through something that is not a hash we can see, unknown.
      if (cur === NIL) return NIL;
      if (cur.k !== 'hash') return OTHER;
      cur = cur.entries.get(key) ?? (cur.open ? OTHER : NIL);
    }
    return cur;
  }
  if (name === 'fetch' && args.length <= 2) {
    const key = symbolOrStringValue(ctx.src, args[0]);
    if (key === undefined) return OTHER;
    const v = h.entries.get(key);
    if (v) return v;
    if (h.open) return OTHER;
    // A missing key without a default raises; with one, the default is the value.
    return args[1] ? literalValue(ctx, args[1], env) : OTHER;
  }
  return undefined;
}

/**
 * `created_after` in a condition, where `attr_reader :created_after` reads `@created_after`: what
 * the instance variable holds (nil, surely present) for the object being followed.
 */
export function readerValue(ctx: EvalContext, at: RNode, name: string, env: Env): Val | undefined {
  const self = ctx.self;
  if (self?.k !== 'obj' || !/^[a-z_]\w*$/.test(name)) return undefined;
  const m = lookupMethod(ctx, self.cls, name, false);
  if (!m || m.params.length) return undefined;
  if (new RegExp(`^def ${name}\\s*\\n\\s*@${name}\\s*\\nend$`).test(m.text)) return ivarValue(ctx, `@${name}`, at);
  // `def since; @params[:filter]&.[](:since); end`: one read of a hash, evaluated for the object followed.
  const body = /^def \w+[?!]?\s*\n\s*(.*?)\s*\n\s*end$/.exec(m.text)?.[1];
  // `def range; return unless @params[:from].present?; from..to; end`: nil or present, by its guard (nil-guards.ts).
  if (!(body && OPTION_READ.test(body)) && !NIL_GUARDED.test(m.text)) return undefined;
  const v = callOn(ctx, self, at, name, [], env);
  // A hash with keys (`default_params.merge(…)[:q]`) is present.
  if (v.k === 'hash' && v.entries.size) return TRUTHY;
  return v === NIL || v === TRUTHY || v === FALSE ? v : undefined;
}

/** A method whose first statement is a bare `return` guard, ending in a literal value (a range, a string). */
const NIL_GUARDED = /^def \w+[?!]?\s*\n\s*return(?: nil)? (?:if|unless) [^\n]+\n(?:\s*\n)*\s*[^\n]*(?:\.\.|^\s*["':\[{\d])[^\n]*\n\s*end$/m;

/** A method body that only reads an option out of a hash (`@params[:a][:b]`, `options.dig(:a, :b)`, `opts.fetch(:a, nil)`). */
const OPTION_READ = /^@?[a-z_]\w*(?:\[:\w+\]|&?\.\[\]\(:\w+\)|&?\.(?:dig|fetch)\((?::\w+(?:,\s*)?)+(?:nil)?\))+$/;
