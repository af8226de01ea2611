/**
 * The pre-filter's reaching names, file by file (`RubyIndex.namesReaching`): which methods of a
 * file (by its digest) mention a table or model word, and whether replacing a file's entry can
 * change the reaching names at all. Functions of the entries only; the index keeps the caches.
 */
import { IVAR_ASSIGNMENT, regionIvars, regionText, regionWords, WORD, type MethodRegion } from './file-digest';
import type { FileEntry } from './file-entry';

/** Names of a file's methods whose source mentions a word of `base`, their owners, and the instance variables they assign. */
export function directReachNames(e: FileEntry, base: RegExp): string[] {
  const names: string[] = [];
  // The digest's methods (by indentation): no parse, and never fewer words than the method has.
  if (base.test(e.text)) {
    for (const r of e.digest.regions) {
      const t = regionText(e.text, r);
      if (!base.test(t)) continue;
      names.push(r.name);
      if (r.owner) names.push(r.owner);
      // Instance variables it assigns carry what it built to the object's other methods.
      for (const a of t.matchAll(IVAR_ASSIGNMENT)) names.push(a[1]!);
    }
  }
  return names;
}

/**
 * Whether replacing a file's entry can change `namesReaching`: methods added, removed or
 * renamed, instance variables assigned differently, or words gained or lost that are reaching
 * names or table/model words (typing an unrelated identifier changes nothing).
 */
export function reachChanges(cache: { readonly names: Set<string>; readonly base: RegExp } | undefined, old: FileEntry | undefined, entry: FileEntry | undefined): boolean {
  // Without reaching names nothing is cached yet (and the regions need not be found).
  if (!cache) return true;
  const a = old?.digest.regions ?? [];
  const b = entry?.digest.regions ?? [];
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    // The same region object: before the edit, so the same text.
    if (x === y) continue;
    if (x.owner !== y.owner || x.name !== y.name) return true;
    const xt = regionText(old!.text, x);
    const yt = regionText(entry!.text, y);
    if (xt === yt) {
      // The same text: its words need not be made again.
      if (x.words && !y.words) y.words = x.words;
      continue;
    }
    if (regionIvars(old!.text, x) !== regionIvars(entry!.text, y)) return true;
    const xs = regionWords(old!.text, x);
    const ys = regionWords(entry!.text, y);
    for (const w of xs) if (!ys.has(w) && (cache.names.has(w) || cache.base.test(w))) return true;
    for (const w of ys) if (!xs.has(w) && (cache.names.has(w) || cache.base.test(w))) return true;
  }
  return false;
}

/**
 * Adds to `out`, in a few rounds, the methods (and their classes) whose source mentions a name
 * already in it (helpers of helpers). Region words are made for this computation only: kept on every
 * region of a large workspace they would cost more memory than the files' texts.
 */
export function reachTransitively(out: Set<string>, files: ReadonlyMap<string, FileEntry>, filesWith: (word: string) => Iterable<string>): void {
  const regionWordSets = new Map<MethodRegion, ReadonlySet<string>>();
  const wordsOfRegion = (text: string, r: MethodRegion): ReadonlySet<string> => {
    let ws = r.words ?? regionWordSets.get(r);
    if (!ws) regionWordSets.set(r, (ws = new Set(regionText(text, r).match(WORD) ?? [])));
    return ws;
  };
  let frontier = [...out];
  const add = (n: string): void => {
    if (!n) return;
    if (!out.has(n)) frontier.push(n);
    out.add(n);
  };
  for (let round = 0; round < 4 && frontier.length; round++) {
    const names = frontier;
    frontier = [];
    for (const n of names) {
      for (const f of filesWith(n)) {
        const e = files.get(f);
        if (!e) continue;
        for (const r of e.digest.regions) {
          if (!wordsOfRegion(e.text, r).has(n)) continue;
          add(r.name);
          if (r.owner) out.add(r.owner);
        }
      }
    }
  }
}
