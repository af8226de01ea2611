/**
 * The Ruby check's index-driven pre-filter (split from `index.ts`): whether a text may reach a
 * partitioned table, by the table and model words and the names the index finds reaching them.
 */
import type { CatalogView } from '../../catalog/model';
import { classify, demodulize, singularize } from './inflect';
import { esc } from './serial-memo';
import type { RubyIndex } from './workspace';
import { hasWordIn } from './words';

/** Whether a text may reach a partitioned table (see `relevance`). */
export interface Relevance {
  /** `words`: the text's distinct words when the index has them (saves reading the text for identifiers). */
  test(text: string, words?: Iterable<string>): boolean;
}

const relevantCaches = new WeakMap<RubyIndex, { base: Map<string, { re: RegExp; assocs: Set<string> }>; full: Map<string, Relevance & { names: Set<string>; key: string }> }>();

/**
 * The index-driven pre-filter: a text is relevant when it mentions a partitioned table or a
 * model stored in one (any spelling: SQL, symbols, constants), or a method or class whose source
 * can reach one (as an identifier). The first test is a short regular expression, the second a
 * set lookup per identifier, so that thousands of reaching names cost no more than a few.
 */
export function relevance(idx: RubyIndex, catalog: CatalogView, catalogId: number): Relevance {
  let caches = relevantCaches.get(idx);
  if (!caches) relevantCaches.set(idx, (caches = { base: new Map(), full: new Map() }));
  // Table and model words change with the catalog and the models only.
  const baseKey = `${catalogId}|${idx.models.version}`;
  let base = caches.base.get(baseKey);
  if (!base) {
    const words = new Set<string>();
    const names = new Set(catalog.tables().map((t) => t.name));
    for (const t of catalog.tables()) {
      words.add(t.name);
      words.add(singularize(t.name));
      words.add(demodulize(classify(t.name)));
    }
    for (const c of idx.models.classNames()) {
      const m = idx.models.model(c);
      if (m && names.has(m.table.name)) words.add(demodulize(c));
    }
    // A model named at run time (`controller_name.classify.constantize`) may be one of them.
    words.add('constantize');
    const escaped = [...words].filter((w) => w.length > 0).map(esc);
    const re = new RegExp(`(?:${escaped.join('|')})`, 'i');
    base = { re, assocs: idx.models.associationsReaching(re) };
    if (caches.base.size > 8) caches.base.clear();
    caches.base.set(baseKey, base);
  }
  const key = `${baseKey}|${idx.generation}`;
  let hit: (Relevance & { names: Set<string>; key: string }) | undefined = caches.full.get(key);
  if (hit) return hit;
  // Methods and classes that can reach those tables (transitively) make a unit relevant too.
  // Associations named unlike the table they lead to (`user.items` with `class_name: "Lead"`) too.
  const names = idx.namesReaching(base.re, base.assocs);
  const re = base.re;
  // The same test as before keeps its identity (cached results remember which test skipped them).
  for (const prev of caches.full.values()) if (prev.key.startsWith(`${baseKey}|`) && sameSet(prev.names, names)) hit = prev;
  hit ??= {
    key,
    names,
    test: (text: string, words?: Iterable<string>): boolean => {
      if (re.test(text)) return true;
      if (!names.size) return false;
      if (words) {
        for (const w of words) if (names.has(w)) return true;
        return false;
      }
      return hasWordIn(text, names);
    },
  };
  if (caches.full.size > 8) caches.full.clear();
  caches.full.set(key, hit);
  return hit;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
