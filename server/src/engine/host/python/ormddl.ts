/**
 * Partitioned tables declared in ORM code, as the DDL the ORM (or its migrations) creates, so
 * the workspace catalog learns them like a `CREATE TABLE … PARTITION BY`:
 * SQLAlchemy `Table(..., postgresql_partition_by="LIST (channel)")` and
 * `__table_args__ = {"postgresql_partition_by": "RANGE (created_at)"}`, and django-postgres-extra
 * models (`class PartitioningMeta: method = PostgresPartitioningMethod.RANGE; key = [...]`).
 * Every offset of the generated SQL maps to the declaration's name.
 */
import type { EmbeddedSql } from '../types';
import { callArgs, field, lastName, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import { appLabelFromPath } from './declarations';
import { decodeStringExpr } from './strings';
import { ormIdent as qi } from '../../query/render';

const SA_TYPES: Record<string, string> = {
  BigInteger: 'bigint', Integer: 'integer', SmallInteger: 'smallint', Date: 'date', Text: 'text', String: 'text', Unicode: 'text',
  UnicodeText: 'text', Boolean: 'boolean', Numeric: 'numeric', Float: 'double precision', UUID: 'uuid', Uuid: 'uuid', Time: 'time',
  Interval: 'interval', JSON: 'jsonb', JSONB: 'jsonb', Enum: 'text', BIGINT: 'bigint', INTEGER: 'integer', DATE: 'date', TEXT: 'text', VARCHAR: 'text',
};
const DJANGO_TYPES: Record<string, string> = {
  DateTimeField: 'timestamptz', DateField: 'date', TimeField: 'time', BigIntegerField: 'bigint', BigAutoField: 'bigint', AutoField: 'integer',
  IntegerField: 'integer', SmallIntegerField: 'smallint', PositiveIntegerField: 'integer', PositiveBigIntegerField: 'bigint',
  CharField: 'text', TextField: 'text', SlugField: 'text', EmailField: 'text', UUIDField: 'uuid', BooleanField: 'boolean',
  DecimalField: 'numeric', FloatField: 'double precision', JSONField: 'jsonb', ForeignKey: 'bigint', OneToOneField: 'bigint',
};
const METHODS: Record<string, string> = { RANGE: 'RANGE', LIST: 'LIST', HASH: 'HASH' };

function str(t: PyTree, n: PyNode | undefined): string | undefined {
  const d = decodeStringExpr(t, n);
  return d && !d.interpolated ? d.text : undefined;
}

/** `DateTime(timezone=True)` → timestamptz, `String(50)` → text, … */
function saType(t: PyTree, n: PyNode | undefined): string | undefined {
  const u = unparen(n);
  if (!u) return undefined;
  const name = lastName(t, u.type === 'call' ? field(u, 'function') : u) ?? '';
  if (name === 'DateTime' || name === 'TIMESTAMP') {
    const tz = u.type === 'call' ? callArgs(t, u).keywords.get('timezone') : undefined;
    return tz && textOf(t, tz) === 'True' ? 'timestamptz' : 'timestamp';
  }
  return SA_TYPES[name];
}

function fragment(sql: string, at: PyNode): EmbeddedSql {
  return { text: sql, mapOffset: () => at.start, ddl: true };
}

/** `"RANGE (created_at)"` → a checked `PARTITION BY` clause, or undefined. */
function partitionClause(spec: string | undefined): string | undefined {
  if (!spec) return undefined;
  const m = /^\s*(RANGE|LIST|HASH)\s*\(([^;]*)\)\s*$/i.exec(spec);
  return m ? `PARTITION BY ${m[1]!.toUpperCase()} (${m[2]})` : undefined;
}

function tableName(schema: string | undefined, table: string): string {
  return schema ? `${qi(schema)}.${qi(table)}` : qi(table);
}

/** Partitioned tables declared in a file's ORM code, as DDL fragments. */
export function ormDdlFragments(t: PyTree, file: string | undefined): EmbeddedSql[] {
  const out: EmbeddedSql[] = [];
  const visit = (parent: PyNode): void => {
    for (const c of parent.children) {
      const d = c.type === 'decorated_definition' ? field(c, 'definition') : c;
      if (!d) continue;
      if (d.type === 'class_definition') {
        const f = classDdl(t, d, file);
        if (f) out.push(f);
      } else if (d.type === 'expression_statement') {
        const a = named(d)[0];
        const right = a?.type === 'assignment' ? unparen(field(a, 'right')) : undefined;
        if (right?.type === 'call' && lastName(t, field(right, 'function')) === 'Table') {
          const f = tableDdl(t, right);
          if (f) out.push(f);
        }
      } else if (d.type === 'if_statement' || d.type === 'block' || d.type === 'try_statement') visit(d);
    }
  };
  visit(t.root);
  return out;
}

/** `Table("events", metadata, Column("channel", Text), ..., postgresql_partition_by="LIST (channel)")`. */
function tableDdl(t: PyTree, call: PyNode): EmbeddedSql | undefined {
  const args = callArgs(t, call);
  const clause = partitionClause(str(t, args.keywords.get('postgresql_partition_by')));
  const name = str(t, args.positional[0]);
  if (!clause || name === undefined) return undefined;
  const cols: string[] = [];
  for (const a of args.positional.slice(1)) {
    const u = unparen(a);
    if (u?.type !== 'call' || lastName(t, field(u, 'function')) !== 'Column') continue;
    const ca = callArgs(t, u);
    const cn = str(t, ca.positional[0]);
    const ty = saType(t, ca.positional[1]);
    if (cn !== undefined && ty) cols.push(`${qi(cn)} ${ty}`);
  }
  return fragment(`CREATE TABLE ${tableName(str(t, args.keywords.get('schema')), name)} (${cols.join(', ')}) ${clause}`, args.positional[0]!);
}

function classDdl(t: PyTree, c: PyNode, file: string | undefined): EmbeddedSql | undefined {
  const body = field(c, 'body');
  const nameNode = field(c, 'name')!;
  const cls = textOf(t, nameNode);
  let saTable: string | undefined;
  let schema: string | undefined;
  let clause: string | undefined;
  let dbTable: string | undefined;
  let appLabel: string | undefined;
  let abstract = false;
  const cols: string[] = [];
  for (const s of body ? named(body) : []) {
    if (s.type === 'class_definition') {
      const inner = textOf(t, field(s, 'name')!);
      for (const ms of field(s, 'body') ? named(field(s, 'body')!) : []) {
        const a = named(ms)[0];
        if (ms.type !== 'expression_statement' || a?.type !== 'assignment') continue;
        const k = textOf(t, field(a, 'left')!);
        const v = unparen(field(a, 'right'));
        if (inner === 'Meta') {
          if (k === 'db_table') dbTable = str(t, v);
          else if (k === 'app_label') appLabel = str(t, v);
          else if (k === 'abstract') abstract = !!v && textOf(t, v) === 'True';
        } else if (inner === 'PartitioningMeta') {
          if (k === 'method') clause = `${METHODS[lastName(t, v)?.toUpperCase() ?? ''] ?? ''}${clause ?? ''}`;
          else if (k === 'key' && v && (v.type === 'list' || v.type === 'tuple')) {
            const keys = named(v).map((x) => str(t, x));
            if (keys.every((x) => x !== undefined)) clause = `${clause ?? ''}(${keys.map((x) => qi(x!)).join(', ')})`;
          }
        }
      }
      continue;
    }
    if (s.type !== 'expression_statement') continue;
    const a = named(s)[0];
    if (a?.type !== 'assignment') continue;
    const left = field(a, 'left');
    const right = unparen(field(a, 'right'));
    if (left?.type !== 'identifier' || !right) continue;
    const attr = textOf(t, left);
    if (attr === '__tablename__') saTable = str(t, right);
    else if (attr === '__table_args__') {
      const dicts = right.type === 'dictionary' ? [right] : right.type === 'tuple' ? named(right).filter((x) => x.type === 'dictionary') : [];
      for (const dd of dicts) {
        for (const p of named(dd)) {
          if (p.type !== 'pair') continue;
          const k = str(t, field(p, 'key'));
          if (k === 'postgresql_partition_by') clause = partitionClause(str(t, field(p, 'value')));
          else if (k === 'schema') schema = str(t, field(p, 'value'));
        }
      }
    } else if (right.type === 'call') {
      const fname = lastName(t, field(right, 'function')) ?? '';
      const ca = callArgs(t, right);
      if (fname === 'Column' || fname === 'mapped_column') {
        const named0 = str(t, ca.positional[0]);
        const ty = saType(t, named0 !== undefined ? ca.positional[1] : ca.positional[0]);
        if (ty) cols.push(`${qi(named0 ?? attr)} ${ty}`);
      } else if (DJANGO_TYPES[fname]) {
        const col = str(t, ca.keywords.get('db_column')) ?? (fname === 'ForeignKey' || fname === 'OneToOneField' ? `${attr}_id` : attr);
        cols.push(`${qi(col)} ${DJANGO_TYPES[fname]}`);
      }
    }
  }
  if (saTable !== undefined) {
    return clause?.startsWith('PARTITION BY') ? fragment(`CREATE TABLE ${tableName(schema, saTable)} (${cols.join(', ')}) ${clause}`, nameNode) : undefined;
  }
  // django-postgres-extra: `method` and `key` make `RANGE("created_at")`.
  const m = clause ? /^(RANGE|LIST|HASH)\((.+)\)$/.exec(clause) : undefined;
  if (!m || abstract) return undefined;
  const label = appLabel ?? (file ? appLabelFromPath(file) : undefined);
  const table = dbTable ?? (label ? `${label}_${cls.toLowerCase()}` : undefined);
  if (!table) return undefined;
  const q = /^"([^"]+)"\."([^"]+)"$/.exec(table);
  return fragment(`CREATE TABLE ${q ? tableName(q[1], q[2]!) : qi(table)} (${cols.join(', ')}) PARTITION BY ${m[1]} (${m[2]})`, nameNode);
}
