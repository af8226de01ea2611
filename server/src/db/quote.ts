/**
 * The one place where SQL identifiers and literals are quoted. Every identifier the extension
 * puts into SQL goes through `quoteIdent`/`quoteQualified`; values are bound parameters, and
 * where DDL cannot take parameters (partition bounds) they go through `quoteLiteral`.
 */

/** PostgreSQL's limit on identifier length, in bytes (NAMEDATALEN - 1). */
export const MAX_IDENTIFIER_BYTES = 63;

// Every PostgreSQL keyword that is not UNRESERVED (categories R, C and T of PostgreSQL 18's
// kwlist.h, read from `SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'`): exactly the
// words PostgreSQL's own quote_ident() quotes. test/quote.test.ts checks the list against every
// test server's pg_get_keywords(), so a newer keyword list is noticed.
const NEEDS_QUOTING = new Set(
  (
  'all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both case ' +
  'cast char character check coalesce collate collation column concurrently constraint create cross ' +
  'current_catalog current_date current_role current_schema current_time current_timestamp current_user dec ' +
  'decimal default deferrable desc distinct do else end except exists extract false fetch float for foreign ' +
  'freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect ' +
  'interval into is isnull join json json_array json_arrayagg json_exists json_object json_objectagg json_query ' +
  'json_scalar json_serialize json_table json_value lateral leading least left like limit localtime ' +
  'localtimestamp merge_action national natural nchar none normalize not notnull null nullif numeric offset on ' +
  'only or order out outer overlaps overlay placing position precision primary real references returning right ' +
  'row select session_user setof similar smallint some substring symmetric system_user table tablesample then ' +
  'time timestamp to trailing treat trim true union unique user using values varchar variadic verbose when where ' +
  'window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot ' +
  'xmlserialize xmltable'
  ).split(' '),
);

// The RESERVED category alone (catcode R): the words that cannot even name a type or function.
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into ' +
    'lateral leading limit localtime localtimestamp not null offset on only or order placing primary references ' +
    'returning select session_user some symmetric system_user table then to trailing true union unique user using ' +
    'variadic when where window with'
  ).split(' '),
);

/**
 * A type name part as PostgreSQL prints it in a cast (`::timestamp`, `::"My Type"`): the
 * column-name keywords (`timestamp`, `int`, `numeric`) are type syntax there, so only reserved
 * words and names that are not plain lower-case are quoted.
 */
export function formatTypeName(name: string): string {
  if (/^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** Byte length of an identifier as PostgreSQL stores it (UTF-8). */
export function identifierBytes(name: string): number {
  return Buffer.byteLength(name, 'utf8');
}

/** Throws a clear error for names PostgreSQL would reject or silently truncate. */
export function assertValidIdentifier(name: string): void {
  if (name.length === 0) throw new Error('An identifier cannot be empty.');
  if (name.includes('\u0000')) throw new Error('An identifier cannot contain a NUL character.');
  const bytes = identifierBytes(name);
  if (bytes > MAX_IDENTIFIER_BYTES) {
    throw new Error(`The name "${name}" is ${bytes} bytes long; PostgreSQL allows at most ${MAX_IDENTIFIER_BYTES} bytes and would truncate it.`);
  }
}

/**
 * An identifier as PostgreSQL's quote_ident() writes it, for text shown to people (messages,
 * hints, fixes, copied names): quoted when it has capitals, spaces, quotes, non-ASCII characters
 * or is a keyword other than an unreserved one. Never throws (a name from the user's SQL may be
 * longer than PostgreSQL keeps); generated DDL uses `quoteIdent`, which also checks the length.
 */
export function formatIdent(name: string): string {
  if (/^[a-z_][a-z0-9_]*$/.test(name) && !NEEDS_QUOTING.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** `schema.name`, each part as `formatIdent` writes it. */
export function formatQualified(schema: string, name: string): string {
  return `${formatIdent(schema)}.${formatIdent(name)}`;
}

/** Whether PostgreSQL needs `name` quoted (see `formatIdent`). */
export function needsQuoting(name: string): boolean {
  return formatIdent(name) !== name;
}

/** Quotes an identifier for generated SQL; throws for names PostgreSQL would reject or truncate. */
export function quoteIdent(name: string): string {
  assertValidIdentifier(name);
  return formatIdent(name);
}

/** `schema.name` with each part quoted as needed (for generated SQL). */
export function quoteQualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A string literal for places that cannot take bound parameters (DDL bounds). */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('A literal cannot contain a NUL character.');
  // With standard_conforming_strings on (the default since 9.1) only quotes need doubling; the
  // E'' form keeps backslashes safe even where it is off.
  if (value.includes('\\')) return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Shortens a generated name to fit the identifier limit without splitting a UTF-8 character,
 * keeping the suffix (usually the period, e.g. `_2026_12`) intact.
 */
export function fitIdentifier(base: string, suffix = ''): string {
  let b = base;
  while (identifierBytes(b + suffix) > MAX_IDENTIFIER_BYTES && b.length > 0) b = [...b].slice(0, -1).join('');
  return b + suffix;
}
