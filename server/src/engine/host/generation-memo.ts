/**
 * Answers kept per owner (an index, or a syntax node of one) while what the index knows stands
 * still: a scan over the workspace is asked once per key and generation, not once per use, and a
 * dropped owner (the index of a closed folder, a replaced syntax tree) drops its answers with it.
 *
 * The generation is passed on each ask rather than read from the owner because the hosts count
 * change differently (`generation` of every index, the Ruby index's `changeSerial` of file entries)
 * and because an owner may be a node of the index rather than the index itself.
 */

/** Answers per owner and key, each owner's answers forgotten once its generation moves. */
export interface GenerationMemo<O extends object, K, V> {
  /** The answers kept for `owner` at `generation`: a new, empty map when the generation moved since. */
  answers(owner: O, generation: number): Map<K, V>;
  /** `key`'s answer for `owner` at `generation`, computed once (an undefined answer is kept too). */
  get(owner: O, generation: number, key: K, compute: () => V): V;
}

/** A memo of typed answers per owner, kept for one generation at a time. */
export function memoPerGeneration<O extends object, K, V>(): GenerationMemo<O, K, V> {
  const byOwner = new WeakMap<O, { generation: number; answers: Map<K, V> }>();
  const answers = (owner: O, generation: number): Map<K, V> => {
    let kept = byOwner.get(owner);
    if (kept?.generation !== generation) byOwner.set(owner, (kept = { generation, answers: new Map<K, V>() }));
    return kept.answers;
  };
  return {
    answers,
    get(owner, generation, key, compute) {
      const kept = answers(owner, generation);
      if (kept.has(key)) return kept.get(key) as V;
      const value = compute();
      kept.set(key, value);
      return value;
    },
  };
}
