/**
 * Class methods that build the object from their caller's arguments: the command/service object
 * convention `def self.call(*args, &block) = new(*args).call` (Decidim's and Rectify's commands,
 * `ApplicationService.call(...)`, Interactor-like bases), declared on the class or inherited from
 * a base class. Their callers (`AnswerProposal.call(form, proposal) do … end`) hand `initialize`
 * its arguments, so they type its parameters like `AnswerProposal.new(form, proposal)` would.
 */
import type { MethodDecl } from './file-entry';
import type { RubyIndex } from './workspace';
import { esc } from './serial-memo';

/** The class methods (besides `new`) its callers' texts call on the class that pass all their arguments to `new`. */
export function constructorForwarders(idx: RubyIndex, owner: string, texts: readonly (readonly [string, string])[]): string[] {
  const short = owner.split('::').pop()!;
  const called = new Set<string>();
  // (`Klass.(args)` is `Klass.call(args)`; `Entries::Klass.call` names it too: candidates are checked on the owner below.)
  const re = new RegExp(`(?<!\\w)${esc(short)}\\.(?:([a-z_]\\w*[!?]?)|(?=\\())`, 'g');
  for (const [, text] of texts) for (const m of text.matchAll(re)) if (m[1] !== 'new') called.add(m[1] ?? 'call');
  return [...called].filter((n) => {
    const m = idx.method(owner, n, true);
    return !!m && passesAllToNew(idx, owner, m, 3);
  });
}

/**
 * Whether a class method's gathered parameters (`*args`, `*`, `...`, or `**kwargs` alone) go whole to
 * `new` (`new(*args)`, `new(*args, **kwargs, &block)`, `new(...)`, `new(**kwargs)`), with no parameter of
 * its own (that would shift or take arguments), or whole to another class method of the class that
 * does (a wrapper `def self.call(*args, &block) = call_uncached(*args, &block)`), up to `depth` steps.
 */
function passesAllToNew(idx: RubyIndex, owner: string, m: MethodDecl, depth: number): boolean {
  const own = m.params.filter((p) => p.kind === 'req' || p.kind === 'opt' || p.kind === 'key');
  // `*args`/`...` first; keywords alone (`def self.call(**kwargs) = new(**kwargs).call`) otherwise.
  const rest = m.params.find((p) => p.kind === 'rest' || p.kind === 'forward') ?? m.params.find((p) => p.kind === 'keyrest');
  const bare = !rest && m.params.some((p) => p.kind === 'other') ? '\\*(?=[,)])' : undefined;
  if (own.length || (!rest && !bare)) return false;
  const passed = rest?.kind === 'forward' ? '\\.\\.\\.' : rest?.kind === 'keyrest' ? `\\*\\*${esc(rest.name)}(?![\\w])` : rest ? `\\*${esc(rest.name)}(?![\\w])` : bare!;
  if (new RegExp(`(?<![\\w.])(?:self\\.)?new\\(\\s*${passed}`).test(m.text)) return true;
  const next = depth > 0 ? new RegExp(`(?<![\\w.:@])(?:self\\.)?([a-z_]\\w*[!?]?)\\(\\s*${passed}`).exec(m.text.slice(m.text.indexOf('\n') + 1)) : null;
  const to = next && next[1] !== m.name ? idx.method(owner, next[1]!, true) : undefined;
  return !!to && to.singleton && passesAllToNew(idx, owner, to, depth - 1);
}
