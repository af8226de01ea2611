/**
 * Replaying DDL operations (what `ddl.ts` extracted from statements, in source and migration
 * order) into the catalog: tables, partitions attached and detached, renames of tables and
 * columns, sub-partitioning and inherited key column types.
 */
import type { AstNode } from '../sql/parse';
import { renderKey, type ColumnInfo, type DdlOp, type KeySpec, type QualifiedName, type SchemeSpec } from './ddl';
import type { Partition, PartitionBound, PartitionedTable, PartitionScheme, SourceRef } from './model';

interface Rel {
  schema: string;
  name: string;
  scheme?: SchemeSpec;
  parent?: Rel;
  bound?: PartitionBound;
  /** Children in attach order. */
  children: Rel[];
  source?: SourceRef;
  /** Files whose DDL created or changed this relation. */
  files: Set<string>;
  /** Declared columns (absent for `PARTITION OF` without a column list). */
  columns?: ReadonlyMap<string, ColumnInfo>;
  /** False once dropped. */
  alive: boolean;
}

/** Replays DDL operations in order and builds the partitioned tables. */
export class CatalogBuilder {
  private readonly rels = new Map<string, Rel>();
  private readonly schemas = new Set<string>(['public']);
  private searchPath: string[] = ['public'];

  /** Resets the per-session state (search_path) at the start of a new file. */
  beginFile(): void {
    this.searchPath = ['public'];
  }

  /** Applies operations in order. */
  apply(ops: readonly DdlOp[]): void {
    for (const op of ops) this.applyOne(op);
  }

  private key(schema: string, name: string): string {
    return `${schema}\u0000${name}`;
  }

  /** Schema where an unqualified CREATE puts a table: the first search_path schema that exists. */
  private creationSchema(): string {
    for (const s of this.searchPath) if (s !== '$user' && s !== 'pg_temp' && this.schemas.has(s)) return s;
    return this.searchPath.find((s) => s !== '$user' && s !== 'pg_temp') ?? 'public';
  }

  private find(q: QualifiedName): Rel | undefined {
    if (q.schema !== undefined) return this.rels.get(this.key(q.schema, q.name));
    for (const s of this.searchPath) {
      const r = this.rels.get(this.key(s, q.name));
      if (r) return r;
    }
    return undefined;
  }

  /** An existing relation, or a new one created on first mention (DDL for it lives elsewhere). */
  private findOrAdd(q: QualifiedName, source: SourceRef): Rel {
    const found = this.find(q);
    if (found) return found;
    const rel: Rel = { schema: q.schema ?? this.creationSchema(), name: q.name, children: [], source, files: new Set(), alive: true };
    this.rels.set(this.key(rel.schema, rel.name), rel);
    return rel;
  }

  private touch(rel: Rel, source: SourceRef): void {
    if (source.file !== undefined) rel.files.add(source.file);
  }

  private detach(child: Rel): void {
    if (!child.parent) return;
    child.parent.children = child.parent.children.filter((c) => c !== child);
    child.parent = undefined;
    child.bound = undefined;
  }

  private attach(parent: Rel, child: Rel, bound: PartitionBound): void {
    if (parent === child) return;
    // Refuse cycles (a parent attached below its own partition): the later statement is wrong.
    for (let p: Rel | undefined = parent; p; p = p.parent) if (p === child) return;
    this.detach(child);
    child.parent = parent;
    child.bound = bound;
    parent.children.push(child);
  }

  /** Renames or moves a relation to `schema.name`, unless that name is taken. */
  private move(rel: Rel, schema: string, name: string, source: SourceRef): void {
    if (this.rels.has(this.key(schema, name))) return;
    this.rels.delete(this.key(rel.schema, rel.name));
    rel.schema = schema;
    rel.name = name;
    this.rels.set(this.key(schema, name), rel);
    this.touch(rel, source);
  }

  private remove(rel: Rel): void {
    this.detach(rel);
    const drop = (r: Rel): void => {
      r.alive = false;
      this.rels.delete(this.key(r.schema, r.name));
      for (const c of r.children) drop(c);
      r.children = [];
    };
    drop(rel);
  }

  private applyOne(op: DdlOp): void {
    switch (op.op) {
      case 'create': {
        const existing = this.find(op.rel.schema !== undefined ? op.rel : { schema: this.creationSchema(), name: op.rel.name });
        if (existing && op.ifNotExists) return;
        // A new CREATE of a known name replaces its definition (later DDL wins) but keeps the
        // partitions attached to it, so a schema dump read after migrations stays whole.
        const rel = existing ?? this.findOrAdd({ schema: op.rel.schema ?? this.creationSchema(), name: op.rel.name }, op.source);
        rel.source = op.source;
        rel.scheme = op.scheme;
        if (op.columns) rel.columns = op.columns;
        else delete rel.columns;
        if (!op.scheme) {
          for (const c of [...rel.children]) this.detach(c);
        }
        this.detach(rel);
        if (op.partitionOf) this.attach(this.findOrAdd(op.partitionOf.parent, op.source), rel, op.partitionOf.bound);
        this.touch(rel, op.source);
        return;
      }
      case 'attach': {
        const parent = this.findOrAdd(op.parent, op.source);
        const child = this.findOrAdd(op.child, op.source);
        this.attach(parent, child, op.bound);
        this.touch(parent, op.source);
        this.touch(child, op.source);
        return;
      }
      case 'detach': {
        const parent = this.find(op.parent);
        const child = this.find(op.child);
        if (child && parent && child.parent === parent) {
          this.detach(child);
          this.touch(parent, op.source);
          this.touch(child, op.source);
        }
        return;
      }
      case 'drop': {
        for (const q of op.rels) {
          const rel = this.find(q);
          if (rel) {
            if (rel.parent) this.touch(rel.parent, op.source);
            this.remove(rel);
          }
        }
        return;
      }
      case 'rename': {
        const rel = this.find(op.rel);
        if (rel) this.move(rel, rel.schema, op.newName, op.source);
        return;
      }
      case 'setSchema': {
        const rel = this.find(op.rel);
        if (rel) this.move(rel, op.newSchema, rel.name, op.source);
        return;
      }
      case 'renameColumn': {
        const rel = this.find(op.rel);
        if (!rel) return;
        // Renaming a column of a partitioned table renames it in every partition too, so
        // the keys of sub-partitioned partitions follow.
        const walk = (r: Rel): void => {
          if (r.scheme) r.scheme = renameInScheme(r.scheme, op.from, op.to);
          for (const c of r.children) walk(c);
        };
        walk(rel);
        this.touch(rel, op.source);
        return;
      }
      case 'createSchema':
        this.schemas.add(op.schema);
        return;
      case 'searchPath':
        this.searchPath = op.schemas.length ? [...op.schemas] : [];
        return;
    }
  }

  /** Top-level partitioned tables (partitioned and not themselves a partition), with their partition trees. */
  build(): PartitionedTable[] {
    const out: PartitionedTable[] = [];
    for (const rel of this.rels.values()) {
      if (!rel.scheme || rel.parent) continue;
      out.push({
        schema: rel.schema,
        name: rel.name,
        strategy: rel.scheme.strategy,
        key: renderKey(rel.scheme.key),
        partitions: rel.children.map((c) => toPartition(c)),
        ...(rel.source ? { source: rel.source } : {}),
      });
    }
    return out;
  }

  /**
   * Partitions learned for parents that are not partitioned tables here (their DDL lives
   * elsewhere, e.g. in the setting), by `schema\0name` of the parent.
   */
  orphanPartitions(): Map<string, Partition[]> {
    const out = new Map<string, Partition[]>();
    for (const rel of this.rels.values()) {
      if (rel.scheme || rel.parent || rel.children.length === 0) continue;
      out.set(this.key(rel.schema, rel.name), rel.children.map((c) => toPartition(c)));
    }
    return out;
  }

  /** `schema\0name` keys of the top-level tables whose facts came (partly) from `file`. */
  tablesTouchedBy(file: string): Set<string> {
    const out = new Set<string>();
    for (const rel of this.rels.values()) {
      if (!rel.files.has(file)) continue;
      let top = rel;
      while (top.parent) top = top.parent;
      out.add(this.key(top.schema, top.name));
    }
    return out;
  }
}

function toPartition(rel: Rel): Partition {
  const sub: PartitionScheme | undefined = rel.scheme ? { strategy: rel.scheme.strategy, key: renderKey(inheritColumns(rel, rel.scheme.key)) } : undefined;
  return {
    schema: rel.schema,
    name: rel.name,
    bound: rel.bound ?? { kind: 'unknown', text: '' },
    ...(sub ? { subPartitioning: sub } : {}),
    partitions: rel.children.map((c) => toPartition(c)),
    ...(rel.source ? { source: rel.source } : {}),
  };
}

/**
 * A sub-partition key declared by `PARTITION OF … PARTITION BY` has no column list of its own:
 * its columns' types and collations come from the nearest ancestor that declares them.
 */
function inheritColumns(rel: Rel, key: readonly KeySpec[]): KeySpec[] {
  return key.map((k) => {
    if (k.kind !== 'column' || (k.type && k.collation)) return k;
    for (let r: Rel | undefined = rel; r; r = r.parent) {
      const c = r.columns?.get(k.column);
      if (!c) continue;
      return { ...k, ...(k.type ? {} : { type: c.type }), ...(k.collation || !c.collation ? {} : { collation: c.collation }) };
    }
    return k;
  });
}

function renameInScheme(s: SchemeSpec, from: string, to: string): SchemeSpec {
  const key = s.key.map((k): KeySpec => {
    if (k.kind === 'column') return k.column === from ? { ...k, column: to } : k;
    return { kind: 'expression', ast: renameColumnRefs(k.ast, from, to) };
  });
  return { strategy: s.strategy, key };
}

/** A copy of an expression AST with column references to `from` renamed to `to`. */
function renameColumnRefs(node: AstNode, from: string, to: string): AstNode {
  if (Array.isArray(node)) return node.map((x) => renameColumnRefs(x, from, to));
  if (!node || typeof node !== 'object') return node;
  if (node.ColumnRef) {
    const fields: AstNode[] = node.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1];
    if (last?.String?.sval === from) {
      return { ColumnRef: { ...node.ColumnRef, fields: [...fields.slice(0, -1), { String: { sval: to } }] } };
    }
    return node;
  }
  const out: Record<string, AstNode> = {};
  for (const [k, v] of Object.entries(node)) out[k] = renameColumnRefs(v, from, to);
  return out;
}
