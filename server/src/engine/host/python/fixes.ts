/**
 * Python quick fixes: add a partition-key condition to the query in the host language (a Django
 * `filter(created_at__gte=..., created_at__lt=...)`, a SQLAlchemy `.where(Lead.created_at >= ...,
 * Lead.created_at < ...)`) as a snippet whose values are tab stops the user fills in (never a
 * guessed value), or suppress the finding with a comment on the line above.
 */
import type { Finding } from '../../finding';
import type { HostEdit, HostQuickFix } from '../types';

/** Tab stop `n` whose placeholder is `...` (what a client without snippets inserts). */
const hole = (n: number): string => `\${${n}:...}`;

export function pythonQuickFixes(text: string, finding: Finding): HostQuickFix[] {
  const out: HostQuickFix[] = [];
  const host = finding.fix?.host;
  const key = typeof host?.keyField === 'string' ? host.keyField : finding.fix?.keyColumns[0];
  const equality = finding.fix?.strategy === 'hash' || finding.fix?.strategy === 'list';
  if (host && key) {
    const shown = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1');
    if (host.framework === 'django') {
      const kw = equality ? `${key}=${hole(1)}` : `${key}__gte=${hole(1)}, ${key}__lt=${hole(2)}`;
      if (typeof host.filterArgsEnd === 'number') {
        out.push({
          title: `Add ${shown(kw)} to filter() — fill in the values`,
          edits: [{ start: host.filterArgsEnd, end: host.filterArgsEnd, newText: host.filterHasArgs ? `, ${kw}` : kw, snippet: true }],
          preferred: true,
        });
      } else if (typeof host.appendAt === 'number') {
        out.push({ title: `Add .filter(${shown(kw)}) — fill in the values`, edits: [{ start: host.appendAt, end: host.appendAt, newText: `.filter(${kw})`, snippet: true }], preferred: true });
      }
    } else if (host.framework === 'sqlalchemy') {
      const col = `${host.model}.${key}`;
      const cond = equality ? `${col} == ${hole(1)}` : `${col} >= ${hole(1)}, ${col} < ${hole(2)}`;
      if (typeof host.whereArgsEnd === 'number') {
        out.push({ title: `Add ${shown(cond)} to the condition — fill in the values`, edits: [{ start: host.whereArgsEnd, end: host.whereArgsEnd, newText: `, ${cond}`, snippet: true }], preferred: true });
      } else if (typeof host.appendAt === 'number') {
        const m = host.appendMethod === 'filter' ? 'filter' : 'where';
        out.push({ title: `Add .${m}(${shown(cond)}) — fill in the values`, edits: [{ start: host.appendAt, end: host.appendAt, newText: `.${m}(${cond})`, snippet: true }], preferred: true });
      }
    }
  }
  out.push({ title: 'Suppress with # partition-lens-disable-next-line', edits: [disableComment(text, finding.start)] });
  return out;
}

function disableComment(text: string, offset: number): HostEdit {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}# partition-lens-disable-next-line\n` };
}
