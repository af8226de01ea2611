/**
 * Python quick fixes: add a partition-key condition to the query in the host language (a Django
 * `filter(created_at__gte=...)`, a SQLAlchemy `.where(Lead.created_at >= ...)`), or suppress the finding with a comment on the line above.
 */
import type { Finding } from '../../finding';
import type { HostEdit, HostQuickFix } from '../types';

/** The placeholder value: valid Python (`...`) that the user replaces. */
const HOLE = '...';

export function pythonQuickFixes(text: string, finding: Finding): HostQuickFix[] {
  const out: HostQuickFix[] = [];
  const host = finding.fix?.host;
  const key = typeof host?.keyField === 'string' ? host.keyField : finding.fix?.keyColumns[0];
  const equality = finding.fix?.strategy === 'hash' || finding.fix?.strategy === 'list';
  if (host && key) {
    if (host.framework === 'django') {
      const kw = `${key}${equality ? '' : '__gte'}=${HOLE}`;
      if (typeof host.filterArgsEnd === 'number') {
        out.push({
          title: `Add ${kw} to filter()`,
          edits: [{ start: host.filterArgsEnd, end: host.filterArgsEnd, newText: host.filterHasArgs ? `, ${kw}` : kw }],
          preferred: true,
        });
      } else if (typeof host.appendAt === 'number') {
        out.push({ title: `Add .filter(${kw})`, edits: [{ start: host.appendAt, end: host.appendAt, newText: `.filter(${kw})` }], preferred: true });
      }
    } else if (host.framework === 'sqlalchemy') {
      const cond = `${host.model}.${key} ${equality ? '==' : '>='} ${HOLE}`;
      if (typeof host.whereArgsEnd === 'number') {
        out.push({ title: `Add ${cond} to the condition`, edits: [{ start: host.whereArgsEnd, end: host.whereArgsEnd, newText: `, ${cond}` }], preferred: true });
      } else if (typeof host.appendAt === 'number') {
        const m = host.appendMethod === 'filter' ? 'filter' : 'where';
        out.push({ title: `Add .${m}(${cond})`, edits: [{ start: host.appendAt, end: host.appendAt, newText: `.${m}(${cond})` }], preferred: true });
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
