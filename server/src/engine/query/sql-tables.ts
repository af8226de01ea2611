/**
 * Tables an ORM's SQL fragment names after FROM or JOIN (`joins("LEFT JOIN versions ON …")`,
 * `where("id IN (SELECT lead_id FROM agent_outputs)")`). Only used to tell whether a query
 * touches a known table at all: the rendered SQL is then judged by the SQL checker as a whole.
 */
import type { TableName } from './model';

const NAMED = /\b(?:from|join)\s+((?:"[^"]+"|[A-Za-z_]\w*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_]\w*))?)/gi;

export function sqlTables(sql: string): TableName[] {
  const out: TableName[] = [];
  for (const m of sql.matchAll(NAMED)) {
    const parts = m[1]!.split('.').map((p) => p.trim().replace(/^"|"$/g, ''));
    const name = parts.at(-1)!;
    // `FROM unnest(…)`, `JOIN LATERAL …`: not a table name.
    if (/^(lateral|unnest|generate_series|select|only)$/i.test(name)) continue;
    out.push(parts.length === 2 ? { schema: parts[0]!, name } : { name });
  }
  return out;
}
