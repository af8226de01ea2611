/**
 * Partitioning schemes: the top-level key of a partitioned table and every distinct
 * sub-partitioning key below it, the column names they read, and how messages name a key part.
 */
import { displayIdent, type CatalogView, type KeyPart, type Partition, type PartitionedTable, type Strategy } from '../catalog/model';
import type { AstNode } from '../sql/parse';
import { parseKeyExpression, strings, walkExpr } from './expr';

export interface Scheme {
  readonly strategy: Strategy;
  readonly key: readonly KeyPart[];
  /** Partitions at this level (to look at LIST bounds). */
  readonly partitions: readonly Partition[];
}

/** A key part as the messages show it: a column as PostgreSQL would print it (quoted when needed), or the expression. */
export function keyPartName(k: KeyPart): string {
  return k.kind === 'column' ? displayIdent(k.column) : k.text;
}

/** The top-level scheme and every distinct sub-partitioning scheme below it. */
const subTables = new WeakMap<readonly PartitionedTable[], Map<string, PartitionedTable[]>>();

/**
 * A partition that is itself partitioned, queried directly (`FROM orders_2024_03`), seen as a
 * partitioned table of its own. Unqualified names match when exactly one such partition has the name.
 */
const ownBounds = new WeakMap<PartitionedTable, Scheme>();

/**
 * For a sub-partitioned partition queried directly: its parent's key and its own bound, as a
 * scheme with that one partition (what its partition constraint says).
 */
export function ownBoundOf(t: PartitionedTable): Scheme | undefined {
  return ownBounds.get(t);
}

export function partitionedPartition(catalog: CatalogView, schema: string | undefined, name: string): PartitionedTable | undefined {
  const tables = catalog.tables();
  let byName = subTables.get(tables);
  if (!byName) {
    const m = new Map<string, PartitionedTable[]>();
    const walk = (parts: readonly Partition[], parent: Scheme): void => {
      for (const p of parts) {
        if (!p.subPartitioning) continue;
        const t: PartitionedTable = { schema: p.schema, name: p.name, strategy: p.subPartitioning.strategy, key: p.subPartitioning.key, partitions: p.partitions };
        ownBounds.set(t, { strategy: parent.strategy, key: parent.key, partitions: [p] });
        m.set(p.name, [...(m.get(p.name) ?? []), t]);
        walk(p.partitions, { strategy: t.strategy, key: t.key, partitions: t.partitions });
      }
    };
    for (const t of tables) walk(t.partitions, { strategy: t.strategy, key: t.key, partitions: t.partitions });
    byName = m;
    subTables.set(tables, m);
  }
  const hits = byName.get(name) ?? [];
  if (schema !== undefined) return hits.find((t) => t.schema === schema);
  return hits.length === 1 ? hits[0] : undefined;
}

const schemesCache = new WeakMap<PartitionedTable, Scheme[]>();

export function schemesOf(t: PartitionedTable): Scheme[] {
  let hit = schemesCache.get(t);
  if (!hit) {
    hit = computeSchemes(t);
    schemesCache.set(t, hit);
  }
  return hit;
}

function computeSchemes(t: PartitionedTable): Scheme[] {
  const out: Scheme[] = [{ strategy: t.strategy, key: t.key, partitions: t.partitions }];
  // Partitions sub-partitioned the same way form one level: its partitions are all of theirs, so
  // a condition that keeps every partition of one of them but not of another still prunes.
  const bySig = new Map<string, { strategy: Scheme['strategy']; key: Scheme['key']; partitions: Partition[] }>();
  const walk = (parts: readonly Partition[]): void => {
    for (const p of parts) {
      if (!p.subPartitioning) continue;
      const sig = JSON.stringify(p.subPartitioning);
      const level = bySig.get(sig);
      if (level) level.partitions.push(...p.partitions);
      else bySig.set(sig, { strategy: p.subPartitioning.strategy, key: p.subPartitioning.key, partitions: [...p.partitions] });
      walk(p.partitions);
    }
  };
  walk(t.partitions);
  out.push(...bySig.values());
  return out;
}

const columnNamesCache = new WeakMap<object, Set<string>>();

/** Last-part names of every column reference in an expression (subquery test expressions included); `t.*` gives `*`. */
export function columnNames(n: AstNode): Set<string> {
  let set = columnNamesCache.get(n);
  if (!set) {
    const out = new Set<string>();
    walkExpr(n, (ref) => {
      const f = ref.fields as AstNode[] | undefined;
      const last = f?.[f.length - 1]?.String?.sval ?? (f?.[f.length - 1]?.A_Star ? '*' : undefined);
      if (typeof last === 'string') out.add(last);
    });
    set = out;
    columnNamesCache.set(n, set);
  }
  return set;
}

export function namesAny(n: AstNode, cols: ReadonlySet<string>): boolean {
  if (!n || typeof n !== 'object') return false;
  for (const c of columnNames(n)) if (cols.has(c)) return true;
  return false;
}

const schemeColumnsCache = new WeakMap<Scheme, Set<string>>();

export function schemeColumns(s: Scheme): Set<string> {
  let set = schemeColumnsCache.get(s);
  if (!set) {
    set = new Set<string>();
    for (const k of s.key) for (const c of k.kind === 'column' ? [k.column] : k.columns) set.add(c);
    schemeColumnsCache.set(s, set);
  }
  return set;
}

const wholeRowCache = new WeakMap<Scheme, boolean>();

/** Whether a key expression reads the whole row (`t.*`, as the catalog prints a whole-row Var). */
export function readsWholeRow(s: Scheme): boolean {
  let hit = wholeRowCache.get(s);
  if (hit === undefined) {
    hit = false;
    for (const k of s.key) {
      if (k.kind !== 'expression') continue;
      walkExpr(parseKeyExpression(k.text), (ref) => {
        if (strings(ref.fields).at(-1) === '*') hit = true;
      });
    }
    wholeRowCache.set(s, hit);
  }
  return hit;
}
