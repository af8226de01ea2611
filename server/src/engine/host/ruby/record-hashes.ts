/**
 * Loaded records kept in a collection: `relation.to_a` is an Array of them; `index_by(&:id)` a Hash
 * of them by a key and `group_by(&:status)` a Hash of Arrays of them (the sync services of Octobox,
 * Feedbin, Mastodon: `existing = user.notifications.where(id: ids).index_by(&:id)`, then
 * `existing[attrs[:id]] || user.notifications.new(…)` updated and saved). An element read is a
 * persisted record (or an Array of them), so its writes go by the primary key.
 */
import { loadedRows, type Env, type EvalContext, type Val } from './ar-values';
import type { ModelInfo } from './models';
import { child, namedChildren, textOf, type RNode } from './syntax';

/** Hashes of loaded records (`grouped`: each value an Array of them). */
const recordHashes = new WeakMap<Val, { readonly model: ModelInfo; readonly grouped: boolean }>();

/** A call by a block or a `&:key` block argument only (`index_by(&:id)`, `group_by { |n| … }`). */
function keyedByBlock(call: RNode): boolean {
  const args = child(call, 'arguments');
  const list = args ? namedChildren(args) : [];
  return (!!child(call, 'block') && !list.length) || (!child(call, 'block') && list.length === 1 && list[0]!.type === 'block_argument');
}

/** What a loading call on a relation of one model returns, when it is a collection of its records. */
export function loadedCollection(name: string, call: RNode, model: ModelInfo): Val | undefined {
  if (/^(to_a|to_ary|records)$/.test(name) && !child(call, 'arguments') && !child(call, 'block')) {
    const rows: Val = { k: 'other' };
    loadedRows.set(rows, model);
    return rows;
  }
  if ((name === 'index_by' || name === 'group_by') && keyedByBlock(call)) {
    const hash: Val = { k: 'other' };
    recordHashes.set(hash, { model, grouped: name === 'group_by' });
    return hash;
  }
  return undefined;
}

/** Whether a value is a Hash of loaded records (kept as it is when a method returns it). */
export function isRecordHash(v: Val): boolean {
  return recordHashes.has(v);
}

/** `existing[key]` of a variable holding a Hash of loaded records: a persisted record (an Array of them when grouped). */
export function recordHashElement(ctx: EvalContext, n: RNode, env: Env): Val | undefined {
  if (n.type !== 'element_reference') return undefined;
  const obj = child(n, 'object');
  if (!obj || (obj.type !== 'identifier' && obj.type !== 'instance_variable') || namedChildren(n).length !== 2) return undefined;
  const held = env.get(textOf(ctx.src, obj));
  const h = held ? recordHashes.get(held) : undefined;
  if (!h) return undefined;
  if (!h.grouped) return { k: 'rec', model: h.model, persisted: true };
  const rows: Val = { k: 'other' };
  loadedRows.set(rows, h.model);
  return rows;
}
