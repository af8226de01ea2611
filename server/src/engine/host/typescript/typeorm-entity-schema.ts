/**
 * TypeORM entities declared without classes (`new EntitySchema<Lead>({ name: 'lead', tableName: 'leads',
 * columns: { createdAt: { name: 'created_at', primary: true } }, relations: { … } })`, Activepieces' and
 * many JavaScript apps' style): the schema const is the entity repositories are asked for
 * (`ds.getRepository(LeadEntity)`); its table is `tableName` (else `name`), each column its `name` (else the key).
 */
import { field, stringValue, text, unwrap, dottedName, type N } from './ast';
import { objectProps } from './values';
import type { ModelInfo } from './models';
import { typeormModel } from './typeorm-bases';

export function typeormEntitySchema(decl: N): ModelInfo | undefined {
  const name = field(decl, 'name');
  const v = unwrap(field(decl, 'value'));
  if (name?.type !== 'identifier' || v?.type !== 'new_expression') return undefined;
  const ctor = dottedName(field(v, 'constructor'));
  if (ctor?.[ctor.length - 1] !== 'EntitySchema') return undefined;
  const args = field(v, 'arguments');
  const opts = unwrap(args?.children.find((c) => c.type === 'object'));
  if (opts?.type !== 'object') return undefined;
  const { props } = objectProps(opts);
  const str = (key: string): string | undefined => {
    const p = props.find((x) => x.key === key);
    return p ? stringValue(p.value) : undefined;
  };
  const table = str('tableName') ?? str('name');
  if (!table) return undefined;
  const columns = new Map<string, string>();
  const primaryKey: string[] = [];
  const cols = unwrap(props.find((x) => x.key === 'columns')?.value);
  if (cols?.type === 'object') {
    for (const c of objectProps(cols).props) {
      const o = unwrap(c.value);
      const inner = o?.type === 'object' ? objectProps(o).props : [];
      const col = inner.find((x) => x.key === 'name');
      columns.set(c.key, (col ? stringValue(col.value) : undefined) ?? c.key);
      if (inner.some((x) => x.key === 'primary' && unwrap(x.value)?.type === 'true')) primaryKey.push(c.key);
    }
  }
  const relations = new Set<string>();
  const targets = new Map<string, string>();
  const rels = unwrap(props.find((x) => x.key === 'relations')?.value);
  if (rels?.type === 'object') {
    for (const r of objectProps(rels).props) {
      relations.add(r.key);
      const o = unwrap(r.value);
      const t = o?.type === 'object' ? objectProps(o).props.find((x) => x.key === 'target') : undefined;
      const tv = t ? unwrap(t.value) : undefined;
      if (tv) targets.set(r.key, stringValue(tv) ?? text(tv));
    }
  }
  const schema = str('schema');
  return typeormModel(text(name), table, { columns, relations, targets, primaryKey, schema });
}
