/**
 * Where a statement came from, read from the comments that query-log tools append or prepend:
 * Rails' query logs and marginalia (`/*application:App,controller:leads,action:index,
 * line:/app/controllers/leads_controller.rb:4:in 'index'*\/`) and sqlcommenter
 * (`/*action='index',controller='leads',route='%2Fleads',file='app%2Fviews.py%3A12'*\/`, values
 * URL-encoded). pg_stat_statements keeps the comments of the first text it saw of a statement.
 */
export interface SourceHint {
  readonly kind: 'query-log' | 'sqlcommenter';
  readonly file?: string;
  readonly line?: number;
  readonly application?: string;
  readonly controller?: string;
  readonly action?: string;
  readonly route?: string;
  readonly framework?: string;
}

function decode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** `path/to/file.rb:12:in 'x'` or `file.py:12` → file and line. */
function fileLine(v: string): { file?: string; line?: number } {
  const m = /^(.*?\.[A-Za-z0-9]+):(\d+)/.exec(v.trim());
  if (m) return { file: m[1]!, line: Number(m[2]) };
  return v.trim() ? { file: v.trim() } : {};
}

export function sourceFromComments(query: string): SourceHint | undefined {
  const comments = [...query.matchAll(/\/\*([\s\S]*?)\*\//g)].map((m) => m[1]!.trim());
  for (const body of comments) {
    const tags = new Map<string, string>();
    let kind: SourceHint['kind'] | undefined;
    if (/^\w+='/.test(body)) {
      kind = 'sqlcommenter';
      for (const m of body.matchAll(/(\w+)='((?:[^'\\]|\\.)*)'/g)) tags.set(m[1]!, decode(m[2]!.replace(/\\'/g, "'")));
    } else if (/^\w+:/.test(body)) {
      kind = 'query-log';
      // Values may contain commas only inside the `line:` tag, which is always last when present.
      const lineAt = body.search(/(^|,)(line|source_location):/);
      const head = lineAt >= 0 ? body.slice(0, lineAt) : body;
      for (const part of head.split(',')) {
        const i = part.indexOf(':');
        if (i > 0) tags.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
      }
      if (lineAt >= 0) {
        const rest = body.slice(lineAt).replace(/^,/, '');
        const i = rest.indexOf(':');
        tags.set(rest.slice(0, i), rest.slice(i + 1));
      }
    }
    if (!kind || !tags.size) continue;
    const where = tags.get('line') ?? tags.get('source_location') ?? tags.get('file');
    const fl = where ? fileLine(where) : {};
    const hint: SourceHint = {
      kind,
      ...fl,
      ...(tags.get('application') ? { application: tags.get('application')! } : {}),
      ...(tags.get('controller') ? { controller: tags.get('controller')! } : {}),
      ...(tags.get('action') ? { action: tags.get('action')! } : {}),
      ...(tags.get('route') ? { route: tags.get('route')! } : {}),
      ...(tags.get('framework') ? { framework: tags.get('framework')! } : {}),
    };
    return hint;
  }
  return undefined;
}
