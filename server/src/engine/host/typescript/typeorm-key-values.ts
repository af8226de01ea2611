/**
 * A primary-key value handed to TypeORM in place of criteria: `repo.delete(id)`, `repo.delete(lead.id)`,
 * and TypeORM 0.2's `repo.findOne(id)` (0.3 removed that form, so an id there is always the key). TypeORM
 * then filters on the entity's one primary column; with a composite key it throws instead of running.
 */
import { field, paramType, text, type N } from './ast';
import type { ModelInfo } from './models';

/** Whether `crit` is a value of the entity's single primary column, as far as the code shows. */
export function primaryKeyValue(crit: N, entity: ModelInfo): boolean {
  if (crit.type === 'number' || crit.type === 'string') return true;
  const pk = entity.primaryKey;
  if (pk?.length !== 1) return false;
  // A parameter declared as a scalar (`id: string`).
  if (crit.type === 'identifier') return /^(string|number|bigint)$/.test(paramType(crit, text(crit)) ?? '');
  // The key read off a record (`lead.id`, `rows[0].id`): the property names the primary column.
  if (crit.type === 'member_expression') return text(field(crit, 'property') ?? crit) === pk[0];
  return false;
}
