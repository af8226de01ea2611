/**
 * YAML reading for `config/database.yml`, kept behind one function so the parser is easy to swap.
 * Merge keys (`<<: *default`) are resolved; aliases are allowed because Rails configs rely on them.
 */
import { parse } from 'yaml';

export function parseYamlDocument(text: string): unknown {
  return parse(text, { merge: true, maxAliasCount: 1000, uniqueKeys: false });
}
