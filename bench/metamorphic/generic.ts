/**
 * Language-independent sanity transformations: they must never change a verdict, and check that
 * the driver itself (copying, label reading, matching) is neutral.
 */
import { commentPrefix, type Transform } from './transform';
import { ORMS } from '../accuracy/lib';

export const GENERIC: readonly Transform[] = [
  {
    name: 'identity',
    orms: ORMS,
    description: 'Copies the case unchanged: the variant must give exactly the original verdicts.',
    apply: (files) => new Map(files),
  },
  {
    name: 'leading-comment',
    orms: ORMS,
    description: 'Adds a comment line at the top of every source file (after a shebang): only line numbers move.',
    apply: (files) => {
      const out = new Map<string, string>();
      for (const [file, text] of files) {
        const c = commentPrefix(file);
        if (!c) continue;
        const shebang = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') + 1) : '';
        // Ruby's and Python's magic comments must stay on the first lines, so the new line goes after them.
        const magic = /^(#.*(coding[:=]|frozen_string_literal).*\n)+/.exec(text.slice(shebang.length))?.[0] ?? '';
        const rest = text.slice(shebang.length + magic.length);
        out.set(file, `${shebang}${magic}${c} Reviewed for the metamorphic bench.\n${rest}`);
      }
      return out;
    },
  },
];
