/**
 * Scopes that popular model gems define on the classes that use them, read as if the class body
 * declared them (their source is the gem's, written here in the same terms):
 * - discard (`include Discard::Model`): `kept`, `discarded`, `with_discarded` on `discard_column`
 *   (`discarded_at` unless the class sets it); apps add `default_scope { kept }` themselves;
 * - paranoia (`acts_as_paranoid column: :deleted_at`): a default scope keeping undeleted rows,
 *   `with_deleted` (drops it), `only_deleted`, `without_deleted`;
 * - FriendlyId (`friendly_id :slug`): `friendly`, the relation with slug-aware finders.
 * None of them filters on anything but its own column: a query keeps the key filters it had.
 */
import { parseRuby, namedChildren, type RNode } from './syntax';
import type { Body, ClassDecl } from './models';

const DISCARD = (col: string): [string, string][] => [
  ['kept', `where(${col}: nil)`],
  ['discarded', `where.not(${col}: nil)`],
  ['with_discarded', `unscope(where: :${col})`],
];

const PARANOIA = (col: string): [string, string][] => [
  ['with_deleted', `unscope(where: :${col})`],
  ['only_deleted', `unscope(where: :${col}).where.not(${col}: nil)`],
  ['without_deleted', `where(${col}: nil)`],
];

const parsed = new Map<string, Body>();

/** One scope body, parsed once per text and model file (the same for every class using a column). */
function gemBody(cls: ClassDecl, text: string): Body {
  const key = `${cls.file}\0${text}`;
  let b = parsed.get(key);
  if (!b) {
    const node: RNode = namedChildren(parseRuby(text))[0]!;
    b = { src: text, file: cls.file, node };
    parsed.set(key, b);
  }
  return b;
}

function addScopes(cls: ClassDecl, scopes: [string, string][]): void {
  // The class's own scopes and class methods of the same name win (declared before or after).
  for (const [name, text] of scopes) if (!cls.scopes.has(name) || cls.gemScopes?.has(name)) {
    cls.scopes.set(name, gemBody(cls, text));
    (cls.gemScopes ??= new Set()).add(name);
  }
}

/** `include Discard::Model` (also in a concern's `included` block). */
export function includeDiscard(cls: ClassDecl): void {
  cls.discardColumn ??= 'discarded_at';
  addScopes(cls, DISCARD(cls.discardColumn));
}

/** `self.discard_column = :deleted_at`, before or after the include. */
export function setDiscardColumn(cls: ClassDecl, col: string): void {
  cls.discardColumn = col;
  if (cls.gemScopes?.has('kept')) addScopes(cls, DISCARD(col));
}

/** `acts_as_paranoid` (option `column:`): the default scope and the paranoia scopes. */
export function actsAsParanoid(cls: ClassDecl, col: string | undefined): void {
  const column = col ?? 'deleted_at';
  addScopes(cls, PARANOIA(column));
  cls.defaultScopes.push(gemBody(cls, `where(${column}: nil)`));
}

/** `friendly_id :slug, use: :slugged`: `Model.friendly` is the model's relation (`friendly.find(id)`). */
export function friendlyId(cls: ClassDecl): void {
  addScopes(cls, [['friendly', 'all']]);
}
