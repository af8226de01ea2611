/**
 * Tenants held in ActiveSupport::CurrentAttributes (`Current.account`, `Current.family`) whose
 * attribute is not named after its model: the record is the one the application assigns
 * (`Current.account = @current_account`, `@current_account ||= find_account`, `def find_account;
 * Account.find(…); end`), or the association a delegated attribute reads on another attribute
 * (`delegate :family, to: :session` with `Current.session = Session.find_by(…)` and `Session
 * belongs_to :family`). Every assignment must give a record of one model; anything else leaves
 * the attribute unknown.
 */
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';
import { argType } from './record-writes';
import { conventionDependency } from './ar-conventions';
import { assignedValues, blockParamRecordsIn, finderRecordIn, returnedChain } from './loaded-records';

/** The model name a CurrentAttributes attribute holds (`''` when unknown); the `x:c|` dependency value. */
// A cycle (`delegate :a, to: :b` and back) reads as unknown.
export const currentAttributeModel = memoUntilChange((cls: string, attr: string) => `${cls}|${attr}`, (idx, cls, attr) => attributeModel(idx, cls, attr), '');

function attributeModel(idx: RubyIndex, cls: string, attr: string): string {
  const short = cls.split('::').pop()!;
  if (!isCurrentAttributes(idx, short)) return '';
  // `delegate :family, to: :session`: the association read on the other attribute's record.
  const to = conventionDependency(idx, `d|${cls}|${attr}`);
  if (to) {
    const owner = currentAttributeModel(idx, cls, to);
    const model = owner ? idx.models.model(owner) : undefined;
    const a = model?.association(attr);
    if (!model || !a || (a.kind !== 'belongs_to' && a.kind !== 'has_one')) return '';
    return idx.models.associationModel(model, a, [])?.name ?? '';
  }
  const assign = new RegExp(`(?<![\\w:])${esc(short)}\\.${esc(attr)}\\s*=(?![=~>])\\s*([^\\n]+)`, 'g');
  const found = new Set<string>();
  for (const [, text] of idx.textsMentioning(short)) {
    for (const m of text.matchAll(assign)) {
      const rhs = m[1]!.replace(/\s+#.*$/, '').replace(/\s+(?:if|unless)\s.*$/, '').trim();
      if (rhs === 'nil') continue;
      found.add(recordOf(idx, text, rhs, 3));
    }
  }
  if (found.size !== 1) return '';
  const t = [...found][0]!;
  return t === '?' || t.endsWith('+') ? '' : t;
}

/** Whether a class of this name is declared as a subclass of ActiveSupport::CurrentAttributes. */
function isCurrentAttributes(idx: RubyIndex, short: string): boolean {
  const decl = new RegExp(`^[ \\t]*class[ \\t]+(?:[A-Z]\\w*::)*${esc(short)}[ \\t]*<[ \\t]*(?:::)?ActiveSupport::CurrentAttributes\\b`, 'm');
  return idx.textsMentioning('CurrentAttributes').some(([, text]) => decl.test(text));
}

/** What an expression written in a file holds (`@inbox` assigned `Current.account.campaigns.find(…)` there). */
export function recordIn(idx: RubyIndex, text: string, expr: string): string {
  // Three steps: a local, the helper method assigning it, and a wrapper around that helper.
  return recordOf(idx, text, expr, 3);
}

/** `Current.account` written out at a caller: the attribute's model (`''` when it is not one). */
export function currentAttributeArg(idx: RubyIndex, arg: string): string {
  const m = /^(?:::)?([A-Z]\w*(?:::[A-Z]\w*)*)\.([a-z_]\w*)$/.exec(arg);
  return m && !idx.models.model(m[1]!) ? currentAttributeModel(idx, m[1]!, m[2]!) : '';
}

/**
 * What an assigned expression holds, read in the file that assigns it: a finder's record
 * (`User.find(…)`), or a name assigned (`@x ||= …`, `x = …`) or returned by a one-line method of
 * the same file, followed up to `depth` times.
 */
function recordOf(idx: RubyIndex, text: string, rhs: string, depth: number): string {
  let t = argType(idx, chainFinder(idx, rhs) ?? rhs);
  // A finder on a relation the file builds (`collection.find(id)`, loaded-records.ts).
  if (t === '?') t = finderRecordIn(idx, text, rhs, depth) || t;
  const name = depth > 0 && /^@?[a-z_]\w*$/.test(rhs);
  const found = new Set<string>();
  if (name) for (const value of assignedValues(text, rhs)) found.add(recordOf(idx, text, clean(value), depth - 1));
  // A row a loop over such a relation hands to its block (`@requests.each do |request|`).
  if (name) for (const b of blockParamRecordsIn(idx, text, rhs, depth)) found.add(b);
  // A name (`lead`) assigned a new record in the file (`lead = user.leads.build(…)`) may not be
  // the persisted record its name suggests: a record of that model, maybe new.
  const fresh = [...found].find((f) => f.endsWith('+'));
  if (t !== '?' && fresh) return fresh;
  if (t !== '?' || !name) return t;
  if (!rhs.startsWith('@')) {
    // What a method of the file returns: its last statement after local assignments (loaded-records.ts).
    const def = new RegExp(`^([ \\t]*)def ${esc(rhs)}[ \\t]*(?:\\(\\))?[ \\t]*\\n`, 'gm');
    for (const m of text.matchAll(def)) {
      const returned = returnedChain(text, m.index + m[0].length, m[1]!);
      found.add(returned === undefined ? '?' : recordOf(idx, text, clean(returned), depth - 1));
    }
  }
  return found.size === 1 ? [...found][0]! : '?';
}

const QUERY = 'where|not|includes|preload|eager_load|joins|left_joins|order|reorder|limit|offset|unscoped|readonly|lock|kept|active';
const FINDERS = 'find|find_by!?|first!?|last!?|take!?|sole|find_sole_by';
/** Call arguments with at most one level of nested parentheses. */
const ARGS = '[^()]*(?:\\([^()]*\\)[^()]*)*';

/**
 * A finder after query methods that keep the model (`Lead.where(…).find(…)`,
 * `account.leads.where(…).find(…)`), as the shorter finder `argType` reads (`Lead.find`,
 * `account.leads.find`); undefined for anything else.
 */
function chainFinder(idx: RubyIndex, expr: string): string | undefined {
  const m = new RegExp(`^((?:::)?[A-Z][\\w:]*|[@\\w.]*\\.[a-z_]+)((?:\\.(?:${QUERY})(?:\\(${ARGS}\\))?)+)\\.(${FINDERS})(?:\\(${ARGS}\\))?$`).exec(expr);
  if (!m) return undefined;
  if (/^(?:::)?[A-Z]/.test(m[1]!) && !idx.models.declared(m[1]!)) return undefined;
  return `${m[1]}.${m[3]}`;
}

function clean(expr: string): string {
  // A memoising one-line method (`@account ||= Account.find(…)`) returns what it assigns.
  return expr.replace(/\s+#.*$/, '').replace(/^@\w+\s*\|\|=\s*/, '').trim();
}
