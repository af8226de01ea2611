/**
 * Records an expression written at a caller holds because a relation loaded them, read in the
 * caller's file (for the callers that type a method's parameters, record-writes.ts):
 * - a finder run on a relation the file builds: `proposal = collection.find(params[:id])` with
 *   `def collection; Lead.where(…).published; end`, `@requests.find_by!(token: t)`;
 * - a block parameter of a loop over such a relation: `@requests_to_process.each do |request|`
 *   with `@requests_to_process = AgentOutput.where(…)` assigned in the same file.
 * Both are persisted rows of the relation's model. The relation is read textually: a chain that
 * starts at a declared model constant (or a plural association) and goes on only through query
 * methods and the model's scopes, or a name the file assigns or a one-line method returns such a
 * chain, followed a few steps. Anything else is unknown.
 */
import type { RubyIndex } from './workspace';
import { esc } from './serial-memo';
import { classify, singularize } from './inflect';

/** Methods that keep a relation of the same model. */
const QUERY = new Set([
  'where', 'not', 'rewhere', 'includes', 'preload', 'eager_load', 'joins', 'left_joins', 'left_outer_joins', 'order', 'reorder', 'limit', 'offset',
  'unscoped', 'readonly', 'lock', 'all', 'distinct', 'references', 'strict_loading', 'merge', 'extending', 'in_order_of', 'unscope', 'none',
]);
/** Finders: the row they return is persisted (they raise or return nil otherwise). */
const FINDERS = /^(?:find|find_by!?|find_by_\w+!?|find_sole_by|first!?|last!?|take!?|sole|second|third)$/;
/** Loops that hand each loaded row to their block's first parameter. */
const LOOPS = 'each|find_each|each_with_index|each_with_object|map|flat_map|filter_map|collect|select|filter|reject|detect|find_all';

/** Call arguments with up to two levels of nested brackets. */
const ARGS = '(?:\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\))?';

/** The model a row from `expr.finder(…)` belongs to (`''` when `expr` is no relation we can read). */
export function finderRecordIn(idx: RubyIndex, text: string, expr: string, depth: number): string {
  const m = new RegExp(`^(.+)\\.([a-z_]\\w*[!?]?)${ARGS}$`, 's').exec(expr.trim());
  if (!m || !FINDERS.test(m[2]!)) return '';
  return relationModelIn(idx, text, m[1]!, depth);
}

/**
 * The models of the rows a name is handed as the first parameter of a loop over a relation in
 * the file (`rel.each do |name|`, `rel.find_each { |name, i| … }`); empty when it is no such parameter.
 */
export function blockParamRecordsIn(idx: RubyIndex, text: string, name: string, depth: number): string[] {
  if (!/^[a-z_]\w*$/.test(name) || !text.includes(`|${name}`)) return [];
  const re = new RegExp(`^[ \\t]*(?:[@\\w]+[ \\t]*(?:\\|\\|)?=[ \\t]*)?(.+?)\\.(?:${LOOPS})(?:\\([^)\\n]*\\))?[ \\t]*(?:do|\\{)[ \\t]*\\|[ \\t]*${esc(name)}[ \\t]*[,|]`, 'gm');
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push(relationModelIn(idx, text, m[1]!, depth) || '?');
  return out;
}

/** The model of the relation an expression written in a file builds (`''` when it is none we can read). */
export function relationModelIn(idx: RubyIndex, text: string, expr: string, depth: number): string {
  const parts = splitChain(expr.trim());
  if (!parts?.length) return '';
  const [head, ...calls] = parts;
  let model = headModel(idx, text, head!, depth);
  if (!model) return '';
  for (const c of calls) {
    const info = idx.models.model(model);
    if (QUERY.has(c) || info?.scope(c) !== undefined) continue;
    // An association of the model read on the relation is no relation of it; anything else is unknown.
    return '';
  }
  model = idx.models.model(model)?.name ?? '';
  return model;
}

/** The model a chain's first part stands for: a model constant, a plural association, or a name the file defines. */
function headModel(idx: RubyIndex, text: string, head: string, depth: number): string {
  if (/^(?:::)?[A-Z][\w:]*$/.test(head)) return idx.models.declared(head.replace(/^::/, '')) ? head.replace(/^::/, '') : '';
  // `organization.campaigns` / `current_user.leads`: an association named after its model.
  const assoc = /^[@\w]+(?:\.[a-z_]\w*)*\.([a-z_]\w*)$/.exec(head);
  if (assoc) {
    const n = assoc[1]!;
    if (singularize(n) === n || !idx.models.associationNames().has(n)) return '';
    const cls = classify(singularize(n));
    return idx.models.declared(cls) ? cls : '';
  }
  if (depth <= 0 || !/^@{0,2}[a-z_]\w*$/.test(head)) return '';
  const found = new Set<string>();
  // `@requests = AgentOutput.where(…)`, `rel ||= …` in the file.
  for (const rhs of assignedValues(text, head)) found.add(relationModelIn(idx, text, clean(rhs), depth - 1));
  // `def collection` whose last statement builds the relation (a controller's private helper).
  if (!head.startsWith('@')) {
    const def = new RegExp(`^([ \\t]*)def ${esc(head)}[ \\t]*(?:\\(\\))?[ \\t]*\\n`, 'gm');
    for (const m of text.matchAll(def)) {
      const returned = returnedChain(text, m.index + m[0].length, m[1]!);
      found.add(returned === undefined ? '' : relationModelIn(idx, text, returned, depth - 1));
    }
  }
  return found.size === 1 ? [...found][0]! : '';
}

/**
 * The expression a method body (from `from` to the `end` at `indent`) returns when it is its last
 * statement and every statement before it assigns a local (`conditions = { … }`): the body's only
 * value. A chain over several lines (`Lead.where(…)` then `.published`) is joined. Undefined otherwise.
 */
export function returnedChain(text: string, from: number, indent: string): string | undefined {
  const statements: string[] = [];
  for (let at = from; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const line = text.slice(at, eol < 0 ? text.length : eol);
    at = eol < 0 ? text.length : eol + 1;
    const code = clean(line);
    if (line.startsWith(`${indent}end`) && /^end\b/.test(line.slice(indent.length))) break;
    if (code === '' || code.startsWith('#')) continue;
    if (/^&?\./.test(code) && statements.length) statements[statements.length - 1] += code;
    else statements.push(code);
    if (statements.length > 8) return undefined;
  }
  const last = statements.pop();
  return last !== undefined && statements.every((s) => /^[a-z_]\w*[ \t]*=(?![=~>])/.test(s)) ? last : undefined;
}

/**
 * The expressions a file assigns to a name (`name = …`, `name ||= …`), each with the lines that
 * continue its chain (`Current.account` then `.campaigns` then `.find(id)`) joined to it.
 */
export function assignedValues(text: string, name: string): string[] {
  const assigned = new RegExp(`^[ \\t]*${esc(name)}[ \\t]*(?:\\|\\|)?=(?![=~>])[ \\t]*([^\\n]+)$`, 'gm');
  const out: string[] = [];
  for (const m of text.matchAll(assigned)) {
    let rhs = m[1]!;
    for (let at = m.index + m[0].length + 1; at < text.length; ) {
      const eol = text.indexOf('\n', at);
      const line = text.slice(at, eol < 0 ? text.length : eol).trim();
      if (!/^&?\./.test(line) || /^\.\./.test(line)) break;
      rhs = `${rhs.replace(/\s+#.*$/, '')}${line}`;
      at = eol < 0 ? text.length : eol + 1;
    }
    out.push(rhs);
  }
  return out;
}

function clean(expr: string): string {
  return expr.replace(/\s+#.*$/, '').replace(/^@\w+\s*\|\|=\s*/, '').replace(/\s+(?:if|unless)\s.*$/, '').trim();
}

/**
 * A chain split at its top-level dots into its head and method names (`Lead.where(a: f(1)).published`
 * → `Lead`, `where`, `published`); undefined for anything else (operators, blocks, literals).
 */
function splitChain(expr: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let inArgs = false;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (c === '"' || c === "'") {
      const end = expr.indexOf(c, i + 1);
      if (end < 0) return undefined;
      i = end;
      continue;
    }
    if (c === '(' || c === '[') {
      if (depth === 0 && c === '[') return undefined;
      depth++;
      inArgs = true;
      continue;
    }
    if (c === ')' || c === ']') {
      depth--;
      if (depth < 0) return undefined;
      continue;
    }
    if (depth > 0) continue;
    if (c === '.' && expr[i + 1] !== '.') {
      out.push(cur);
      cur = '';
      inArgs = false;
      continue;
    }
    if (inArgs || !/[\w@:!?]/.test(c)) return undefined;
    cur += c;
  }
  if (depth !== 0) return undefined;
  out.push(cur);
  // The head keeps `organization.campaigns`-style reads of names (a record and its association).
  const head: string[] = [];
  while (out.length > 1 && /^@{0,2}[a-z_]\w*$/.test(out[0]!) && !QUERY.has(out[1]!) && !FINDERS.test(out[1]!) && /^[a-z_]\w*$/.test(out[1]!) && singularize(out[1]!) !== out[1]) {
    head.push(out.shift()!);
    if (head.length > 2) return undefined;
  }
  if (head.length) out[0] = `${head.join('.')}.${out[0]}`;
  return out.every((p) => p.length > 0) ? out : undefined;
}
