/**
 * Learns partitioned tables from DDL. Two steps, so that a workspace can re-read one file
 * without re-parsing the others:
 *
 * 1. `extractDdl(text, …)` parses SQL (with the real PostgreSQL parser, AST-based) and returns
 *    the catalog-relevant operations of that text in order (`DdlOp`): CREATE TABLE with
 *    PARTITION BY and/or PARTITION OF, ATTACH/DETACH PARTITION, DROP TABLE, renames, SET
 *    SCHEMA, RENAME COLUMN, CREATE SCHEMA, search_path changes.
 * 2. `CatalogBuilder` replays operations (file after file, statement after statement; later
 *    DDL wins) and builds the model's `PartitionedTable`s.
 *
 * Names: the parser already folds unquoted identifiers to lower case and keeps quoted ones
 * exact. Unqualified names resolve through the search_path in force at that statement, which
 * starts as `public` in every file (each migration runs in its own session).
 */
import { LineIndex } from '../finding';
import { exprText, normalizeExpr, quoteLiteral, referencedColumns } from '../sql/deparse';
import { parseSql, type AstNode, type ParsedStatement } from '../sql/parse';
import type { BoundValue, KeyPart, PartitionBound, PartitionedTable, SourceRef, Strategy } from './model';
import { CatalogBuilder } from './replay';

export { CatalogBuilder } from './replay';

/** A possibly qualified relation name as written (schema undefined when unqualified). */
export interface QualifiedName {
  readonly schema?: string;
  readonly name: string;
}

/** A key element before rendering: expressions keep their AST so column renames can rewrite them. */
export type KeySpec =
  | { readonly kind: 'column'; readonly column: string; readonly opclass?: string; readonly collation?: string; readonly type?: string }
  | { readonly kind: 'expression'; readonly ast: AstNode; readonly collation?: string };

export interface SchemeSpec {
  readonly strategy: Strategy;
  readonly key: readonly KeySpec[];
}

interface OpBase {
  /** Where the statement starts. */
  readonly source: SourceRef;
}

export interface ColumnInfo {
  readonly type: string;
  readonly collation?: string;
}

export type DdlOp =
  | (OpBase & {
      readonly op: 'create';
      readonly rel: QualifiedName;
      readonly ifNotExists: boolean;
      readonly scheme?: SchemeSpec;
      readonly partitionOf?: { readonly parent: QualifiedName; readonly bound: PartitionBound };
      /** Declared column types and collations, which sub-partition keys below inherit. */
      readonly columns?: ReadonlyMap<string, ColumnInfo>;
    })
  | (OpBase & { readonly op: 'attach'; readonly parent: QualifiedName; readonly child: QualifiedName; readonly bound: PartitionBound })
  | (OpBase & { readonly op: 'detach'; readonly parent: QualifiedName; readonly child: QualifiedName })
  | (OpBase & { readonly op: 'drop'; readonly rels: readonly QualifiedName[] })
  | (OpBase & { readonly op: 'rename'; readonly rel: QualifiedName; readonly newName: string })
  | (OpBase & { readonly op: 'setSchema'; readonly rel: QualifiedName; readonly newSchema: string })
  | (OpBase & { readonly op: 'renameColumn'; readonly rel: QualifiedName; readonly from: string; readonly to: string })
  | (OpBase & { readonly op: 'createSchema'; readonly schema: string })
  | (OpBase & { readonly op: 'searchPath'; readonly schemas: readonly string[] });

export interface ExtractOptions {
  /** File name recorded in `source` (as given: relative path or URI). */
  readonly file?: string;
  /** Maps an offset in `text` to a document offset (embedded SQL); default identity. */
  readonly mapOffset?: (offset: number) => number;
  /**
   * Line index of the document (for embedded SQL: the host document's; required with
   * `mapOffset`). Built from `text` when absent.
   */
  readonly lines?: LineIndex;
  /** Source kind recorded on learned facts (default `file`). */
  readonly sourceKind?: SourceRef['kind'];
  /** Free text for `source.detail` (e.g. the setting entry). */
  readonly detail?: string;
  /** Report every statement that fails to parse, not only those mentioning partitions. */
  readonly allErrors?: boolean;
}

export interface ExtractResult {
  readonly ops: DdlOp[];
  /** Parse errors of statements that looked like catalog DDL (document offsets). */
  readonly errors: { readonly offset: number; readonly message: string }[];
}

/**
 * Cheap test whether a text can contain DDL the catalog cares about; texts without any of
 * these words need no parsing.
 */
export function mightContainCatalogDdl(text: string): boolean {
  return /partition|drop|rename|set\s+schema/i.test(text);
}

/** Statement-level pre-filter (a statement must mention one of these to matter). */
function relevantStatement(text: string): boolean {
  // CREATE TABLE without PARTITION matters for pg_dump output (partitions are created as plain
  // tables, then attached); CREATE FUNCTION/INDEX/VIEW, the bulk of large dumps, do not.
  return /partition|drop|rename|schema|search_path|create\s+(?:(?:global|local|temp|temporary|unlogged|foreign)\s+)*table/i.test(text);
}

/** Extracts the catalog operations of one SQL text, in statement order. Never throws. */
export function extractDdl(text: string, options: ExtractOptions = {}): ExtractResult {
  const ops: DdlOp[] = [];
  const errors: { offset: number; message: string }[] = [];
  const map = options.mapOffset ?? ((o: number) => o);
  let lines = options.lines;
  const sourceAt = (offset: number): SourceRef => {
    const kind = options.sourceKind ?? 'file';
    let line: number | undefined;
    if (kind === 'file') {
      lines ??= new LineIndex(text);
      line = lines.position(offset).line + 1;
    }
    return {
      kind,
      ...(options.file !== undefined ? { file: options.file } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(options.detail !== undefined ? { detail: options.detail } : {}),
    };
  };
  let parsed;
  try {
    parsed = parseSql(text, { mapOffset: map, ...(options.allErrors ? {} : { filter: relevantStatement }), placeholders: false });
  } catch (e) {
    errors.push({ offset: map(0), message: e instanceof Error ? e.message : String(e) });
    return { ops, errors };
  }
  for (const err of parsed.errors) {
    if (options.allErrors || /partition/i.test(err.piece.text)) errors.push({ offset: err.offset, message: err.message });
  }
  for (const st of parsed.statements) {
    try {
      extractStatement(st, sourceAt(st.start), ops);
    } catch (e) {
      // An AST shape this code does not expect must not hide the rest of the file.
      errors.push({ offset: st.start, message: `could not read DDL: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { ops, errors };
}

function qname(rv: AstNode): QualifiedName {
  return rv.schemaname !== undefined ? { schema: rv.schemaname, name: rv.relname } : { name: rv.relname };
}

/** `List` of `String`s (DROP objects) to a qualified name; undefined for catalog-qualified names. */
function qnameFromList(list: AstNode): QualifiedName | undefined {
  const items: string[] = (list?.List?.items ?? []).map((s: AstNode) => s.String?.sval as string);
  if (items.length === 1) return { name: items[0]! };
  if (items.length === 2) return { schema: items[0]!, name: items[1]! };
  if (items.length === 3) return { schema: items[1]!, name: items[2]! };
  return undefined;
}

function extractStatement(st: ParsedStatement, source: SourceRef, ops: DdlOp[]): void {
  const ast = st.ast;
  let type = Object.keys(ast)[0];
  let n = ast[type as string];
  if (type === 'CreateForeignTableStmt') {
    // A foreign table can be a partition (sharding with postgres_fdw); its base is a CreateStmt.
    type = 'CreateStmt';
    n = n.base;
  }
  switch (type) {
    case 'CreateStmt': {
      const rel = n.relation;
      if (!rel || rel.relpersistence === 't') return;
      const columns = columnTypes(n.tableElts);
      // Every column is known only from a plain column list (no LIKE, no INHERITS).
      const allColumns = !n.inhRelations?.length && (n.tableElts ?? []).every((e: AstNode) => e?.ColumnDef || e?.Constraint);
      const scheme = n.partspec ? schemeSpec(n.partspec, columns, allColumns ? rel.relname : undefined) : undefined;
      let partitionOf: { parent: QualifiedName; bound: PartitionBound } | undefined;
      if (n.partbound) {
        const parentRv = n.inhRelations?.[0]?.RangeVar;
        if (parentRv) partitionOf = { parent: qname(parentRv), bound: partitionBound(n.partbound) };
      }
      ops.push({
        op: 'create',
        source,
        rel: qname(rel),
        ifNotExists: !!n.if_not_exists,
        ...(scheme ? { scheme } : {}),
        ...(partitionOf ? { partitionOf } : {}),
        ...(columns.size ? { columns } : {}),
      });
      return;
    }
    case 'AlterTableStmt': {
      if (n.objtype !== 'OBJECT_TABLE' || !n.relation) return;
      const parent = qname(n.relation);
      for (const c of n.cmds ?? []) {
        const cmd = c.AlterTableCmd;
        const pc = cmd?.def?.PartitionCmd;
        if (!pc?.name) continue;
        if (cmd.subtype === 'AT_AttachPartition' && pc.bound) {
          ops.push({ op: 'attach', source, parent, child: qname(pc.name), bound: partitionBound(pc.bound) });
        } else if (cmd.subtype === 'AT_DetachPartition' || cmd.subtype === 'AT_DetachPartitionFinalize') {
          // CONCURRENTLY detaches too (its second transaction may be pending; FINALIZE completes it).
          ops.push({ op: 'detach', source, parent, child: qname(pc.name) });
        }
      }
      return;
    }
    case 'DropStmt': {
      if (n.removeType !== 'OBJECT_TABLE') return;
      const rels = (n.objects ?? []).map(qnameFromList).filter((x: QualifiedName | undefined): x is QualifiedName => !!x);
      if (rels.length) ops.push({ op: 'drop', source, rels });
      return;
    }
    case 'RenameStmt': {
      if (!n.relation) return;
      if (n.renameType === 'OBJECT_TABLE') ops.push({ op: 'rename', source, rel: qname(n.relation), newName: n.newname });
      else if (n.renameType === 'OBJECT_COLUMN' && n.relationType === 'OBJECT_TABLE')
        ops.push({ op: 'renameColumn', source, rel: qname(n.relation), from: n.subname, to: n.newname });
      return;
    }
    case 'AlterObjectSchemaStmt': {
      if (n.objectType === 'OBJECT_TABLE' && n.relation) ops.push({ op: 'setSchema', source, rel: qname(n.relation), newSchema: n.newschema });
      return;
    }
    case 'CreateSchemaStmt': {
      if (!n.schemaname) return;
      ops.push({ op: 'createSchema', source, schema: n.schemaname });
      // `CREATE SCHEMA s CREATE TABLE t … CREATE TABLE t1 PARTITION OF t …`: PostgreSQL runs the
      // elements with only the new schema on the search_path, so unqualified names live there.
      const inner: DdlOp[] = [];
      for (const elt of n.schemaElts ?? []) {
        if (elt.CreateStmt) extractStatement({ ...st, ast: elt } as ParsedStatement, source, inner);
      }
      const q = (x: QualifiedName): QualifiedName => (x.schema === undefined ? { schema: n.schemaname, name: x.name } : x);
      for (const op of inner) {
        if (op.op !== 'create') continue;
        ops.push({ ...op, rel: q(op.rel), ...(op.partitionOf ? { partitionOf: { ...op.partitionOf, parent: q(op.partitionOf.parent) } } : {}) });
      }
      return;
    }
    case 'VariableSetStmt': {
      if (n.name !== 'search_path') return;
      if (n.kind === 'VAR_SET_VALUE') ops.push({ op: 'searchPath', source, schemas: searchPathValues(n.args ?? []) });
      else if (n.kind === 'VAR_SET_DEFAULT' || n.kind === 'VAR_RESET') ops.push({ op: 'searchPath', source, schemas: ['public'] });
      return;
    }
    case 'SelectStmt': {
      // pg_dump: SELECT pg_catalog.set_config('search_path', '', false);
      for (const t of n.targetList ?? []) {
        const f = t.ResTarget?.val?.FuncCall;
        const fname = (f?.funcname ?? []).map((s: AstNode) => s.String?.sval).join('.');
        if (fname !== 'set_config' && fname !== 'pg_catalog.set_config') continue;
        const [k, v] = f.args ?? [];
        if (k?.A_Const?.sval?.sval !== 'search_path' || v?.A_Const?.sval === undefined) continue;
        ops.push({ op: 'searchPath', source, schemas: splitSearchPath(v.A_Const.sval.sval ?? '') });
      }
      return;
    }
    default:
      return;
  }
}

/** `SET search_path = a, "B"`: each value is one exact schema name (identifiers already folded by the parser). */
function searchPathValues(args: AstNode[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const s = a?.A_Const?.sval?.sval;
    if (typeof s === 'string') out.push(s);
  }
  return out;
}

/**
 * A search_path string as `set_config` takes it: a comma-separated list where unquoted names
 * fold to lower case and `"Quoted"` names are exact.
 */
export function splitSearchPath(value: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && (value[i] === ' ' || value[i] === ',' || value[i] === '\t')) i++;
    if (i >= n) break;
    if (value[i] === '"') {
      let s = '';
      i++;
      while (i < n) {
        if (value[i] === '"') {
          if (value[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += value[i++];
      }
      out.push(s);
    } else {
      let j = i;
      while (j < n && value[j] !== ',') j++;
      out.push(value.slice(i, j).trim().toLowerCase());
      i = j;
    }
  }
  return out.filter((s) => s !== '');
}

/**
 * Declared column types of a CREATE TABLE (`pg_catalog.` dropped, `[]` for arrays), so the analyzer can
 * tell a no-op cast of the key (`created_at::timestamptz`) from one that defeats pruning.
 */
function columnTypes(elts: AstNode[] | undefined): Map<string, ColumnInfo> {
  const types = new Map<string, ColumnInfo>();
  for (const e of elts ?? []) {
    const cd = e?.ColumnDef;
    if (!cd?.colname || !cd.typeName?.names) continue;
    const names = (cd.typeName.names as AstNode[]).map((x) => x.String?.sval).filter((x): x is string => !!x && x !== 'pg_catalog');
    const coll = cd.collClause?.collname?.length ? (cd.collClause.collname as AstNode[]).map((x) => x.String?.sval).join('.') : undefined;
    if (names.length) types.set(cd.colname, { type: names.join('.') + (cd.typeName.arrayBounds?.length ? '[]' : ''), ...(coll ? { collation: coll } : {}) });
  }
  return types;
}

/** `ownName`: the table's name when all its columns are known, so `((t))` can be told to be its whole row. */
function schemeSpec(ps: AstNode, columns: ReadonlyMap<string, ColumnInfo> = new Map(), ownName?: string): SchemeSpec {
  const strategy: Strategy =
    ps.strategy === 'PARTITION_STRATEGY_LIST' ? 'list' : ps.strategy === 'PARTITION_STRATEGY_HASH' ? 'hash' : 'range';
  const key: KeySpec[] = [];
  for (const p of ps.partParams ?? []) {
    const e = p.PartitionElem;
    if (!e) continue;
    const opclass = e.opclass?.length ? (e.opclass as AstNode[]).map((s) => s.String?.sval).join('.') : undefined;
    const explicitColl = e.collation?.length ? (e.collation as AstNode[]).map((s) => s.String?.sval).join('.') : undefined;
    // A column key without its own COLLATE uses the column's collation.
    const collation = explicitColl ?? (e.name !== undefined ? columns.get(e.name)?.collation : undefined);
    if (e.name !== undefined) {
      const type = columns.get(e.name)?.type;
      key.push({ kind: 'column', column: e.name, ...(opclass ? { opclass } : {}), ...(collation ? { collation } : {}), ...(type ? { type } : {}) });
    } else if (e.expr) {
      // A parenthesised column reference is a plain column key for PostgreSQL as well.
      const cref = e.expr.ColumnRef;
      const single = cref?.fields?.length === 1 ? cref.fields[0]?.String?.sval : undefined;
      const type = single !== undefined ? columns.get(single)?.type : undefined;
      // The table's own name, when no column has it, is its whole row: PostgreSQL prints that key `t.*`.
      if (single !== undefined && single === ownName && !columns.has(single)) {
        key.push({ kind: 'expression', ast: { ColumnRef: { fields: [{ String: { sval: single } }, { A_Star: {} }] } } });
      } else if (single !== undefined) key.push({ kind: 'column', column: single, ...(opclass ? { opclass } : {}), ...(collation ? { collation } : {}), ...(type ? { type } : {}) });
      else key.push({ kind: 'expression', ast: e.expr, ...(explicitColl ? { collation: explicitColl } : {}) });
    }
  }
  return { strategy, key };
}

/** Renders key specs into the model's key parts. */
export function renderKey(key: readonly KeySpec[]): KeyPart[] {
  return key.map((k) =>
    k.kind === 'column'
      ? k
      : { kind: 'expression', text: exprText(k.ast), normalized: normalizeExpr(k.ast), columns: referencedColumns(k.ast), ...(k.collation ? { collation: k.collation } : {}) },
  );
}

/** A bound datum: a constant (possibly cast, possibly negative) or MINVALUE / MAXVALUE. */
function boundValue(node: AstNode): BoundValue {
  const cref = node?.ColumnRef;
  if (cref?.fields?.length === 1) {
    const w = cref.fields[0]?.String?.sval;
    if (w === 'minvalue') return { kind: 'minvalue' };
    if (w === 'maxvalue') return { kind: 'maxvalue' };
  }
  return { kind: 'value', text: datumText(node) };
}

/** The datum's value as text, without quotes: `2026-01-01`, `10`, `-5`; other expressions as SQL. */
function datumText(node: AstNode): string {
  let n = node;
  while (n?.TypeCast) n = n.TypeCast.arg;
  const c = n?.A_Const;
  if (c) {
    if (c.isnull) return 'NULL';
    if (c.sval !== undefined) return c.sval.sval ?? '';
    if (c.ival !== undefined) return String(c.ival.ival ?? 0);
    if (c.fval !== undefined) return String(c.fval.fval ?? '0');
    if (c.boolval !== undefined) return c.boolval.boolval ? 'true' : 'false';
  }
  // `-5` parses as a unary minus applied to 5.
  const ae = n?.A_Expr;
  if (ae?.kind === 'AEXPR_OP' && !ae.lexpr && ae.name?.[0]?.String?.sval === '-' && ae.rexpr?.A_Const) {
    return `-${datumText(ae.rexpr)}`;
  }
  return exprText(node);
}

/** A datum as PostgreSQL prints it in a bound: numbers bare, everything else quoted. */
function datumSql(node: AstNode, v: BoundValue): string {
  if (v.kind === 'minvalue') return 'MINVALUE';
  if (v.kind === 'maxvalue') return 'MAXVALUE';
  if (v.text === 'NULL' && isNullConst(node)) return 'NULL';
  if (isNumericDatum(node) || node?.A_Const?.boolval !== undefined) return v.text;
  if (isConstLike(node)) return quoteLiteral(v.text);
  return v.text;
}

function isNullConst(node: AstNode): boolean {
  let n = node;
  while (n?.TypeCast) n = n.TypeCast.arg;
  return !!n?.A_Const?.isnull;
}

function isNumericDatum(node: AstNode): boolean {
  if (node?.TypeCast) return false;
  const c = node?.A_Const ?? (node?.A_Expr?.kind === 'AEXPR_OP' && !node.A_Expr.lexpr ? node.A_Expr.rexpr?.A_Const : undefined);
  return !!c && (c.ival !== undefined || c.fval !== undefined);
}

function isConstLike(node: AstNode): boolean {
  let n = node;
  while (n?.TypeCast) n = n.TypeCast.arg;
  return !!n?.A_Const || isNumericDatum(n);
}

/** A `PartitionBoundSpec` node to the model's bound, with PostgreSQL's printed text. */
export function partitionBound(b: AstNode): PartitionBound {
  if (b.is_default) return { kind: 'default', text: 'DEFAULT' };
  if (b.strategy === 'h') {
    const modulus = Number(b.modulus ?? 0);
    const remainder = Number(b.remainder ?? 0);
    return { kind: 'hash', modulus, remainder, text: `FOR VALUES WITH (modulus ${modulus}, remainder ${remainder})` };
  }
  if (b.strategy === 'l') {
    const datums: AstNode[] = b.listdatums ?? [];
    const values = datums.map((d) => (isNullConst(d) ? null : datumText(d)));
    const text = `FOR VALUES IN (${datums.map((d, i) => (values[i] === null ? 'NULL' : datumSql(d, { kind: 'value', text: values[i]! }))).join(', ')})`;
    return { kind: 'list', values, text };
  }
  if (b.strategy === 'r') {
    const lo: AstNode[] = b.lowerdatums ?? [];
    const hi: AstNode[] = b.upperdatums ?? [];
    const from = lo.map(boundValue);
    const to = hi.map(boundValue);
    const text = `FOR VALUES FROM (${lo.map((d, i) => datumSql(d, from[i]!)).join(', ')}) TO (${hi.map((d, i) => datumSql(d, to[i]!)).join(', ')})`;
    return { kind: 'range', from, to, text };
  }
  return { kind: 'unknown', text: 'FOR VALUES (unknown)' };
}

/** Learns the partitioned tables of one SQL text (a convenience for tests, the CLI and the setting). */
export function tablesFromSql(text: string, options: ExtractOptions = {}): { tables: PartitionedTable[]; errors: ExtractResult['errors'] } {
  const { ops, errors } = extractDdl(text, options);
  const b = new CatalogBuilder();
  b.apply(ops);
  return { tables: b.build(), errors };
}
