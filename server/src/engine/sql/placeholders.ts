/**
 * Replaces placeholders that are not PostgreSQL syntax (`?`, `:name`, `%s`, `%(name)s`,
 * `${…}`) with `$n` padded to the same length, so that every offset stays valid.
 * TODO(sql layer owner): skip quotes/comments, `::` casts, `?|`/`?&` jsonb operators, `IN %s`.
 */
export function replacePlaceholders(sql: string): string {
  if (!/[?:%$]/.test(sql)) return sql;
  let n = 0;
  return sql.replace(/\$\{[^}]*\}|%\([A-Za-z_][A-Za-z0-9_]*\)s|%s|(?<![:\w]):[A-Za-z_][A-Za-z0-9_]*|\?/g, (m) => {
    n++;
    if (m === '?') return '0';
    const p = `$${n}`;
    return p.length <= m.length ? p + ' '.repeat(m.length - p.length) : m;
  });
}
