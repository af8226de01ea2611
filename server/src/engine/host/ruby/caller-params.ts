/**
 * What a caller passes when its argument is not written out where the call is:
 * - `self` in an instance method of a model (`AccountSyncJob.perform_later(self)` in `Account#sync_later`):
 *   a persisted record of that model (instance methods run on loaded rows);
 * - a parameter of the calling method handed on unchanged (`def perform(account) … SyncCache.new(account)`):
 *   what that method's own callers pass, typed the same way (a chain of hand-overs, a few deep).
 * Used by the caller scan of record-writes.ts; answers are its type strings (`Lead`, `Lead+`, `?`).
 */
import type { MethodDecl } from './file-entry';
import type { RubyIndex } from './workspace';
import { esc } from './serial-memo';

/** The method of a file whose source holds an offset (the innermost). */
export function enclosingMethod(idx: RubyIndex, file: string, offset: number): MethodDecl | undefined {
  let best: MethodDecl | undefined;
  for (const m of idx.outline(file).methods) {
    if (m.base <= offset && offset < m.base + m.text.length && (!best || m.base >= best.base)) best = m;
  }
  return best;
}

/** `self` passed from an instance method of a declared model: that model's name. */
export function selfArgument(idx: RubyIndex, file: string, offset: number): string | undefined {
  const m = enclosingMethod(idx, file, offset);
  if (!m || m.singleton || m.name === 'initialize' || !idx.models.declared(m.owner)) return undefined;
  return idx.models.model(m.owner)?.name;
}

/** Where a parameter is, as record-writes.ts keys its callers. */
export interface HandedParam {
  readonly name: string;
  readonly owner: string;
  readonly method: string;
  readonly singleton: boolean;
  readonly index: number;
}

/**
 * The parameter of the calling method an argument names, when the method does not assign it
 * before (a local reassigned in between may hold something else); undefined otherwise.
 */
export function handedParam(idx: RubyIndex, file: string, offset: number, arg: string): HandedParam | undefined {
  if (!/^[a-z_]\w*$/.test(arg)) return undefined;
  const m = enclosingMethod(idx, file, offset);
  const p = m?.params.find((x) => x.name === arg);
  if (!m || !p || (p.kind !== 'req' && p.kind !== 'opt' && p.kind !== 'key')) return undefined;
  if (new RegExp(`(?<![\\w.@:])${esc(arg)}[ \\t]*(?:\\|\\||&&|[-+*/])?=(?![=~>])`).test(m.text)) return undefined;
  const positional = m.params.filter((x) => x.kind === 'req' || x.kind === 'opt');
  return { name: arg, owner: m.owner, method: m.name, singleton: m.singleton, index: p.kind === 'key' ? -1 : positional.indexOf(p) };
}
