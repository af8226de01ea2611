/**
 * A small hand-written reader for `schema.prisma`: it is not TypeScript, and we only need
 * models, their table (`@@map`, `@@schema`), their scalar fields' columns (`@map`) and
 * compound keys (`@@id`, `@@unique`), which Prisma's client exposes as `a_b` where inputs.
 * Never throws: unknown or half-typed text is skipped.
 */

export interface PrismaField {
  readonly name: string;
  readonly column: string;
  readonly type: string;
  /** True when the field's type is another model (a relation, no column of its own). */
  readonly relation: boolean;
  /** `@relation(fields: [leadId], …)`: the scalar fields of this model that hold the foreign key. */
  readonly fkFields?: readonly string[];
  /** `@relation(…, references: [id, createdAt])`: the fields of the other model they reference. */
  readonly fkReferences?: readonly string[];
}

export interface PrismaModel {
  readonly name: string;
  readonly table: string;
  readonly schema?: string;
  readonly fields: readonly PrismaField[];
  /** Field lists of `@@id` / `@@unique`, with the name the client uses for them. */
  readonly compoundKeys: readonly { readonly name: string; readonly fields: readonly string[] }[];
}

interface Tok {
  readonly kind: 'ident' | 'string' | 'punct' | 'newline';
  readonly text: string;
}

const SCALARS = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === '\n') {
      out.push({ kind: 'newline', text: '\n' });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < n && src[j] !== '"' && src[j] !== '\n') {
        if (src[j] === '\\' && j + 1 < n) {
          s += src[j + 1];
          j += 2;
        } else s += src[j++];
      }
      out.push({ kind: 'string', text: s });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push({ kind: 'ident', text: src.slice(i, j) });
      i = j;
    } else if (c === '@' && src[i + 1] === '@') {
      out.push({ kind: 'punct', text: '@@' });
      i += 2;
    } else {
      out.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return out;
}

/** The model accessor on the Prisma client: `AgentOutput` → `agentOutput`. */
export function prismaAccessor(modelName: string): string {
  return modelName.charAt(0).toLowerCase() + modelName.slice(1);
}

/** Reads every `model` (and `view`) block of a Prisma schema. */
export function parsePrismaSchema(src: string): PrismaModel[] {
  const toks = tokenize(src);
  const enums = new Set<string>();
  const compositeTypes = new Set<string>();
  const blocks: { kind: string; name: string; body: Tok[] }[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const name = toks[i + 1];
    if (t.kind === 'ident' && ['model', 'view', 'enum', 'type', 'datasource', 'generator'].includes(t.text) && name?.kind === 'ident') {
      let j = i + 2;
      while (j < toks.length && toks[j]!.text !== '{' && toks[j]!.kind !== 'newline') j++;
      if (toks[j]?.text !== '{') {
        i = j;
        continue;
      }
      let depth = 1;
      const start = j + 1;
      j++;
      while (j < toks.length && depth > 0) {
        if (toks[j]!.kind === 'punct' && toks[j]!.text === '{') depth++;
        else if (toks[j]!.kind === 'punct' && toks[j]!.text === '}') depth--;
        j++;
      }
      const body = toks.slice(start, depth === 0 ? j - 1 : j);
      if (t.text === 'enum') enums.add(name.text);
      else if (t.text === 'type') compositeTypes.add(name.text);
      else if (t.text === 'model' || t.text === 'view') blocks.push({ kind: t.text, name: name.text, body });
      i = j;
    } else i++;
  }
  return blocks.map((b) => readModel(b.name, b.body, enums));
}

function splitLines(body: Tok[]): Tok[][] {
  const lines: Tok[][] = [];
  let cur: Tok[] = [];
  let depth = 0;
  for (const t of body) {
    if (t.kind === 'newline' && depth === 0) {
      if (cur.length) lines.push(cur);
      cur = [];
      continue;
    }
    if (t.kind === 'newline') continue;
    if (t.text === '(' || t.text === '[') depth++;
    if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    cur.push(t);
  }
  if (cur.length) lines.push(cur);
  return lines;
}

/** The first string argument of the attribute whose name token is at `at` (`@map("x")`, `@@map(name: "x")`). */
function attrString(line: Tok[], at: number): string | undefined {
  if (line[at + 1]?.text !== '(') return undefined;
  for (let k = at + 2; k < line.length && line[k]!.text !== ')'; k++) if (line[k]!.kind === 'string') return line[k]!.text;
  return undefined;
}

/** The identifiers in the first `[...]` argument of `@@id([...])`, and its `name:` if any. */
function attrFieldList(line: Tok[], at: number): { fields: string[]; name?: string } {
  const fields: string[] = [];
  let name: string | undefined;
  if (line[at + 1]?.text !== '(') return { fields };
  let k = at + 2;
  if (line[k]?.text === 'fields' && line[k + 1]?.text === ':') k += 2;
  if (line[k]?.text !== '[') return { fields };
  for (k++; k < line.length && line[k]!.text !== ']'; k++) {
    const t = line[k]!;
    if (t.kind === 'ident' && line[k - 1]?.text !== '(' && line[k - 1]?.text !== ':') {
      // Skip sort arguments such as `createdAt(sort: Desc)`.
      if (line[k + 1]?.text !== ':') fields.push(t.text);
    }
    if (t.text === '(') {
      while (k < line.length && line[k]!.text !== ')') k++;
    }
  }
  for (; k < line.length; k++) if (line[k]!.text === 'name' && line[k + 1]?.text === ':' && line[k + 2]?.kind === 'string') name = line[k + 2]!.text;
  return name === undefined ? { fields } : { fields, name };
}

function readModel(name: string, body: Tok[], enums: Set<string>): PrismaModel {
  let table = name;
  let schema: string | undefined;
  const fields: PrismaField[] = [];
  const compoundKeys: { name: string; fields: string[] }[] = [];
  for (const line of splitLines(body)) {
    const first = line[0]!;
    if (first.text === '@@') {
      const attr = line[1]?.text;
      if (attr === 'map') table = attrString(line, 1) ?? table;
      else if (attr === 'schema') schema = attrString(line, 1) ?? schema;
      else if (attr === 'id' || attr === 'unique') {
        const k = attrFieldList(line, 1);
        if (k.fields.length > 1) compoundKeys.push({ name: k.name ?? k.fields.join('_'), fields: k.fields });
      }
      continue;
    }
    if (first.kind !== 'ident' || line[1]?.kind !== 'ident') continue;
    const type = line[1].text;
    let column = first.text;
    for (let k = 2; k < line.length; k++) {
      if (line[k]!.text === '@' && line[k + 1]?.text === 'map') column = attrString(line, k + 1) ?? column;
    }
    const relation = !SCALARS.has(type) && !enums.has(type);
    let fkFields: string[] | undefined;
    let fkReferences: string[] | undefined;
    for (let k = 2; k < line.length; k++) {
      if (line[k]!.text === '@' && line[k + 1]?.text === 'relation') {
        const f = attrFieldList(line, k + 1).fields;
        if (f.length) fkFields = f;
        for (let r = k + 2; r + 2 < line.length && line[r]!.text !== ')'; r++) {
          if (line[r]!.text !== 'references' || line[r + 1]!.text !== ':' || line[r + 2]!.text !== '[') continue;
          const refs: string[] = [];
          for (let q = r + 3; q < line.length && line[q]!.text !== ']'; q++) if (line[q]!.kind === 'ident') refs.push(line[q]!.text);
          fkReferences = refs;
        }
      }
    }
    fields.push({ name: first.text, column, type, relation, ...(fkFields ? { fkFields } : {}), ...(fkReferences ? { fkReferences } : {}) });
  }
  return schema === undefined ? { name, table, fields, compoundKeys } : { name, table, schema, fields, compoundKeys };
}
