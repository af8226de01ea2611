/**
 * Hashes merged with ActiveSupport's `merge`/`deep_merge`/`reverse_merge`/`with_defaults`: a
 * report's `default_params.deep_merge(params.to_h)` keeps every default key, whatever the request
 * adds. Merged with a hash we cannot see, a key of the known side stays present (a nested hash
 * stays a hash under `deep_merge`), but its value may be replaced, and keys we do not know may be
 * added: the result is open (an absent key reads as unknown, not nil).
 */
import { OTHER, TRUTHY, type Val } from './ar-values';

export const HASH_MERGES = /^(merge|deep_merge|reverse_merge|with_defaults)$/;

type Hash = Val & { k: 'hash' };

/** The value of `recv.name(arg)` when `recv` is a hash we can see; undefined for other calls. */
export function mergedHash(recv: Hash, name: string, arg: Val | undefined): Val | undefined {
  if (!HASH_MERGES.test(name) || !arg) return undefined;
  const deep = name === 'deep_merge';
  // `a.reverse_merge(b)` is `b.merge(a)`: the receiver's values win.
  return name === 'merge' || deep ? merge(recv, arg, deep) : arg.k === 'hash' ? merge(arg, recv, false) : under(recv);
}

function merge(base: Hash, over: Val, deep: boolean): Hash {
  if (over.k !== 'hash') return over === OTHER || over.k === 'unknown' || over.k === 'args' ? overUnknown(base, deep) : base;
  const entries = new Map(base.entries);
  for (const [k, v] of over.entries) {
    const old = entries.get(k);
    entries.set(k, deep && old?.k === 'hash' && v.k === 'hash' ? merge(old, v, true) : v);
  }
  return { k: 'hash', entries, ...(base.open || over.open ? { open: true } : {}) };
}

/** `base.merge(unknown)`: every key of `base` is still there; values may be replaced. */
function overUnknown(base: Hash, deep: boolean): Hash {
  const entries = new Map<string, Val>();
  for (const [k, v] of base.entries) entries.set(k, deep && v.k === 'hash' ? overUnknown(v, true) : v.k === 'hash' ? OTHER : present(v));
  return { k: 'hash', entries, open: true };
}

/** `base.reverse_merge(unknown)`: `base`'s values win, unknown keys may be added. */
function under(base: Hash): Hash {
  return { k: 'hash', entries: new Map(base.entries), open: true };
}

/** A value the request may replace: still there, but no longer a value we can read. */
function present(v: Val): Val {
  return v === TRUTHY ? TRUTHY : OTHER;
}
