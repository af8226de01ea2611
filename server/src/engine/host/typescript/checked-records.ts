/**
 * Records the code has loaded (`const lead = await getLead(…)`) and checked before reading them
 * (`if (!lead) return …`, or `throw`). A property of such a record, passed on as a helper's argument
 * (`outputsWhere({ leadId: lead.id, since: lead.createdAt })`), is the row's value: the caller hands
 * it over so the helper's optional bound applies. Such a local is a row, never a table of that name.
 */
import { declaratorOf, field, kids, SCOPES, text, type N } from './ast';

/** Whether `if (cond) …` leaves its block when `name` is missing (`!name`, `name == null`, `!name || …`). */
function exitsWhenMissing(st: N, name: string): boolean {
  if (st.type !== 'if_statement' || field(st, 'alternative')) return false;
  const c = text(field(st, 'condition') ?? st).replace(/^\(\s*|\s*\)$/g, '');
  const esc = name.replace(/\$/g, '\\$');
  const missing = new RegExp(`^(!\\s*${esc}|${esc}\\s*===?\\s*(null|undefined))(\\s*\\|\\|.*)?$`, 's');
  if (!missing.test(c)) return false;
  const body = field(st, 'consequence');
  const last = body?.type === 'statement_block' ? kids(body).filter((k) => k.type !== '{' && k.type !== '}').at(-1) : body;
  return last?.type === 'return_statement' || last?.type === 'throw_statement';
}

/** `const name = await call(…)` (a loaded value), as a declaration statement. */
function loads(st: N, name: string): boolean {
  if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') return false;
  const d = declaratorOf(st, name);
  const v = d ? field(d, 'value') : undefined;
  return v?.type === 'await_expression' && kids(v).at(-1)?.type === 'call_expression';
}

/** The blocks enclosing `at` inside functions (not the file's top level), nearest first, with their statements before `at`. */
function* blocksBefore(at: N): Generator<N[]> {
  for (let p = at.parent; p && p.type !== 'program'; p = p.parent) {
    if (SCOPES.has(p.type)) yield p.children.filter((st) => st.start < at.start);
  }
}

/** Whether an identifier names a value its function loaded with `await` before this use (`const lead = await getLead(…)`). */
export function loadedLocal(id: N): boolean {
  if (id.type !== 'identifier') return false;
  const name = text(id);
  for (const sts of blocksBefore(id)) if (sts.some((st) => loads(st, name))) return true;
  return false;
}

/** Whether `obj.prop` (no optional chaining) reads a record loaded and checked in an enclosing block before this use. */
export function checkedRecordProperty(member: N): boolean {
  if (member.type !== 'member_expression' || text(member).includes('?.')) return false;
  const obj = field(member, 'object');
  if (obj?.type !== 'identifier') return false;
  const name = text(obj);
  for (const sts of blocksBefore(member)) {
    const at = sts.findIndex((st) => loads(st, name));
    if (at >= 0) return sts.slice(at + 1).some((st) => exitsWhenMissing(st, name));
  }
  return false;
}
