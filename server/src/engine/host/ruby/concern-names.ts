/**
 * Association class names that name the class including a concern: `has_many :events,
 * class_name: "Events::#{name}Event"` in `included do … end` (each model that includes
 * `Events::Recordable` gets its own event model). Inside `included do`, `name` is the including
 * class's name, so the class name is a template filled in when the concern is applied to a model.
 */
import { namedChildren, textOf, type RNode } from './syntax';
import type { AssocDecl } from './models';

/** Where the including class's name goes in a class-name template. */
const INCLUDER = '\u0001';

/**
 * A `class_name` string whose interpolations are all `name` / `self.name` (the class evaluating
 * the declaration): a template, or undefined for any other string.
 */
export function includerClassName(src: string, node: RNode | undefined): string | undefined {
  if (node?.type !== 'string' || !node.children.some((c) => c.type === 'interpolation')) return undefined;
  let out = '';
  for (const c of namedChildren(node)) {
    if (c.type === 'string_content') out += textOf(src, c);
    else if (c.type === 'interpolation') {
      const inner = namedChildren(c);
      if (inner.length !== 1 || !/^(self\.)?name$/.test(textOf(src, inner[0]!).replace(/\s+/g, ''))) return undefined;
      out += INCLUDER;
    } else return undefined;
  }
  return /^[\w:\u0001]+$/.test(out) ? out : undefined;
}

/** The association as the model `full` gets it from a concern (its class-name template filled in). */
export function forIncluder(a: AssocDecl, full: string): AssocDecl {
  return a.className?.includes(INCLUDER) ? { ...a, className: a.className.split(INCLUDER).join(full) } : a;
}
