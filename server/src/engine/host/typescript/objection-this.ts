/**
 * `this` in an instance method of an Objection model class (`async updateStatus(s) { return
 * this.$query().patch({ status: s }); }`, `this.$relatedQuery('leads')`): the row the method is
 * called on is an instance of the class that declares the method. Only a class that names its
 * own table counts: a method of an abstract base model runs for every subclass (not judged).
 */
import { FUNCTIONS, text, type N } from './ast';
import { classKey } from './modinfo';

/** Functions whose `this` is their own (arrow functions keep the enclosing one). */
const OWN_THIS = new Set([...FUNCTIONS].filter((t) => t !== 'arrow_function'));

const STATIC = /^(?:(?:public|private|protected|readonly|override|async)\s+)*static\b/;

/** The name of the class whose instance `this` is at `at`, when it is a non-static method's. */
export function instanceThisClass(at: N): string | undefined {
  let p = at.parent;
  while (p && !OWN_THIS.has(p.type)) p = p.parent;
  // A getter, setter or method; a static method's `this` is the class itself, not a row.
  if (p?.type !== 'method_definition' || STATIC.test(text(p).replace(/^(@\w+(\([^)]*\))?\s*)*/, ''))) return undefined;
  const body = p.parent;
  const cls = body?.type === 'class_body' ? body.parent : undefined;
  return cls && (cls.type === 'class_declaration' || cls.type === 'class') ? classKey(cls) : undefined;
}
