/**
 * Sequelize models handed out by an application object's getters: a `Database` singleton
 * (`module.exports = new Database()`) with `get leadModel() { return this.models.lead }`, where
 * `models` is the Sequelize instance's registry (`sequelize.models`, keyed by `modelName`).
 * `Database.leadModel.findAll(…)` and `Database.leadModel.removeById(…)` are then the model class.
 * Only a getter whose one return reads `….models.<name>` of a model the workspace declares counts.
 */
import { field, text, unwrap, type N } from './ast';
import { isGetter } from './modinfo';
import { returnedExpr } from './inline';
import type { Resolved, TsIndex } from './workspace';

/** The model name a getter's return reads from a Sequelize registry: `this.models.lead`, `this.sequelize.models.lead`, `sequelize.models.lead`. */
function registryKey(e: N | undefined): string | undefined {
  const u = unwrap(e);
  if (u?.type !== 'member_expression') return undefined;
  const obj = field(u, 'object');
  const prop = field(u, 'property');
  const o = obj?.type === 'member_expression' ? field(obj, 'property') : undefined;
  return prop && o && text(o) === 'models' && prop.type === 'property_identifier' ? text(prop) : undefined;
}

/** What property `name` of the instance `new C(…)` (written in `file`) gives, when it is a getter returning a registered Sequelize model. */
export function instanceGetterModel(index: TsIndex, file: string, created: N, name: string): Resolved | undefined {
  const ctor = field(created, 'constructor');
  if (ctor?.type !== 'identifier') return undefined;
  const c = index.resolveName(file, text(ctor));
  if (c?.kind !== 'class') return undefined;
  const m = c.cls.methods.get(name);
  const key = m && isGetter(m) ? registryKey(returnedExpr(m)) : undefined;
  const modelFile = key ? index.registry.fileOf('sequelize', key) : undefined;
  const model = key ? index.registry.find('sequelize', key) : undefined;
  if (!modelFile || !model) return undefined;
  // The model's class (`class Lead extends Model`), which statics are called on; its first name.
  const cls = index.resolveName(modelFile, model.names[0]!);
  return cls?.kind === 'class' ? cls : undefined;
}
