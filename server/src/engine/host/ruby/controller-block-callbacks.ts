/**
 * Controller callbacks written as blocks (`before_action { params[:id] && @server =
 * organization.servers.present.find_by!(…) }`, `before_action only: :show do … end`): like a
 * private callback method, what the block assigns to an instance variable is what the actions read.
 * A guard in front of the assignment (`x && @a = …`, `@a = … if x`) only decides whether the
 * variable is set; an action writing it has the record (nil would raise). The blocks are read
 * from the text of the files declaring the controller and evaluated as parameterless methods.
 */
import type { MethodDecl } from './file-entry';
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';

const SEP = '\u0001';
const AT = '\u0002';

/** The bodies of a controller's block callbacks that assign the variable, joined (the `x:q|` dependency value). */
export const blockCallbackBodies = memoUntilChange((cls: string, ivar: string) => `${cls}|${ivar}`, scanBodies);

function scanBodies(idx: RubyIndex, cls: string, ivar: string): string {
  const short = cls.split('::').pop()!;
  const assigns = new RegExp(`${esc(ivar)}(?![\\w?!])\\s*(?:\\|\\|)?=(?![=~>])`);
  const out: string[] = [];
  for (const [file, text] of idx.textsMentioning(short)) {
    if (!/\bbefore_action\b/.test(text) || !assigns.test(text)) continue;
    if (!idx.outline(file).classes.some((c) => c.name === cls)) continue;
    // Each entry keeps where the block is, for the locations of what its followed body reports.
    for (const [line, body] of blockBodies(text)) if (assigns.test(body)) out.push(`${file}${AT}${line}${AT}${unguarded(body)}`);
  }
  return out.join(SEP);
}

/** The bodies of `before_action` blocks of a text (one-line braces, `do … end`), each with the 0-based line before it. */
function blockBodies(text: string): [number, string][] {
  const out: [number, string][] = [];
  const lineAt = (i: number): number => text.slice(0, i).split('\n').length - 1;
  for (const m of text.matchAll(/^[ \t]*(?:prepend_|append_)?before_action\b[^\n{]*?\{[ \t]*(?:\|[^|\n]*\|)?([^\n]*)\}[ \t]*(?:#[^\n]*)?$/gm)) out.push([lineAt(m.index) - 1, m[1]!.trim()]);
  for (const m of text.matchAll(/^([ \t]*)(?:prepend_|append_)?before_action\b[^\n]*?\bdo[ \t]*(?:\|[^|\n]*\|)?[ \t]*\n([\s\S]*?)^\1end\b/gm)) out.push([lineAt(m.index), m[2]!]);
  return out;
}

/** An assignment behind a guard (`params[:id] && @x = …`, `@x = … if …`) without the guard. */
function unguarded(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const and = /^([ \t]*)[^=\n]*?\s&&\s+(@\w+\s*(?:\|\|)?=(?![=~>]).*)$/.exec(line);
      if (and) return `${and[1]}${and[2]}`;
      const mod = /^([ \t]*@\w+\s*(?:\|\|)?=(?![=~>]).*?)\s+(?:if|unless)\s[^\n]*$/.exec(line);
      return mod ? mod[1]! : line;
    })
    .join('\n');
}

/** The block callbacks as parameterless private methods of the controller, to be followed. */
export function blockCallbackMethods(bodies: string, cls: string): MethodDecl[] {
  if (!bodies) return [];
  return bodies.split(SEP).map((entry, i) => {
    const [file, line, body] = entry.split(AT);
    return {
      owner: cls,
      name: `before_action{${i}}`,
      singleton: false,
      visibility: 'private',
      params: [],
      file: file!,
      text: `def before_action_block\n${body}\nend\n`,
      base: 0,
      baseLine: Number(line),
      baseCharacter: 0,
      nesting: cls.split('::').slice(0, -1).length ? [cls.split('::').slice(0, -1).join('::')] : [],
    };
  });
}
