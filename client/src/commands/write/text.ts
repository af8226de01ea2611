/**
 * vscode-free helpers of the write commands (tested directly): list-value input parsing and
 * finding the statement under the cursor.
 */
import { splitStatements } from '../../../../server/src/engine/sql/parse';

/** Splits `a, 'b,c', NULL` into list values (quoted values keep commas; bare NULL is NULL). */
export function parseListValues(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === ',') i++;
    if (i >= text.length) break;
    if (text[i] === "'") {
      let v = '';
      i++;
      while (i < text.length) {
        if (text[i] === "'" && text[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else v += text[i++];
      }
      out.push(v);
    } else {
      let j = text.indexOf(',', i);
      if (j < 0) j = text.length;
      const raw = text.slice(i, j).trim();
      out.push(/^null$/i.test(raw) ? null : raw);
      i = j;
    }
  }
  return out;
}

/** The statement containing `offset` (the last one starting at or before it). */
export function statementAt(text: string, offset: number): string | undefined {
  const pieces = splitStatements(text);
  let best: string | undefined;
  for (const p of pieces) {
    if (p.start <= offset) best = p.text;
    else break;
  }
  return best?.trim() || pieces[0]?.text.trim();
}
