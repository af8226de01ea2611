/**
 * `object` in a serializer or decorator whose name is not its model's (`Api::Admin::OrderSerializer`
 * rendering leads): the record its users hand it, read where it is used — `render json: order,
 * serializer: Api::Admin::OrderSerializer`, `OrderSerializer.new(order)`. A rendered name is a
 * record when it names a model (`@lead`) or when it is a method of the same file returning a found
 * record (`def order; @order ||= Lead.where(…).first!; end`). Records of two models, or none we
 * can type, leave `object` unknown.
 */
import { argType } from './record-writes';
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';

/** The model name `object` holds in this class by its users (`''` when unknown); the `x:o|` dependency value. */
export const serializerObjectModel = memoUntilChange((owner: string) => owner, scanUses);

function scanUses(idx: RubyIndex, owner: string): string {
  const short = owner.split('::').pop()!;
  const tail = esc(short);
  const uses = [
    // `render json: order, serializer: X` (the record before the option, on one statement).
    new RegExp(`\\bjson:\\s*([@\\w.:!?()\\[\\]]+)\\s*,[^\\n]*?\\bserializer:\\s*(?:::)?(?:[A-Z]\\w*::)*${tail}\\b`, 'g'),
    // `X.new(order, …)`
    new RegExp(`(?<![\\w:])(?:::)?(?:[A-Z]\\w*::)*${tail}\\.new\\(\\s*([@\\w.:!?()\\[\\]]+?)\\s*[,)]`, 'g'),
  ];
  const found = new Set<string>();
  for (const [, text] of idx.textsMentioning(short)) {
    for (const re of uses) {
      for (const m of text.matchAll(re)) {
        const t = recordOf(idx, text, m[1]!);
        if (t === '?' || t.endsWith('+')) continue;
        found.add(t);
      }
    }
  }
  return found.size === 1 ? [...found][0]! : '';
}

/** What a rendered expression is: a model's record (`Lead`), or `?`. */
function recordOf(idx: RubyIndex, text: string, arg: string): string {
  const t = argType(idx, arg);
  if (t !== '?' || !/^[a-z_]\w*$/.test(arg)) return t;
  // A method of the same file returning a found record (memoized or not).
  const def = new RegExp(`^[ \\t]*def ${esc(arg)}\\s*\\n\\s*(?:@\\w+\\s*\\|\\|=\\s*)?([^\\n]+)\\n\\s*end\\b`, 'm').exec(text);
  if (!def) return '?';
  const body = def[1]!.replace(/\s+#.*$/, '').trim();
  // `Lead.where(…).includes(…).first!`: query methods that keep the model, then a finder.
  const chain = new RegExp(`^((?:::)?[A-Z][\\w:]*)(?:\\.(?:${QUERY})(?:\\(${ARGS}\\))?)*\\.(?:${FINDERS})(?:\\(${ARGS}\\))?$`).exec(body);
  if (chain && idx.models.declared(chain[1]!)) return idx.models.model(chain[1]!)?.name ?? '?';
  return argType(idx, body);
}

const QUERY = 'where|includes|preload|eager_load|joins|left_joins|order|reorder|limit|offset|not|unscoped|readonly|lock';
const FINDERS = 'find|find_by!?|first!?|last!?|take!?|sole';
/** Call arguments with at most one level of nested parentheses. */
const ARGS = '[^()]*(?:\\([^()]*\\)[^()]*)*';
