/** What ORM translation produces: one SQL statement per evaluated query, with where to report it. */
import type { PyNode, PyTree } from './ast';
import type { ResolvedModel } from './models';

/** A place in some parsed tree (this file or another) that explains a finding. */
export interface Site {
  readonly tree: PyTree;
  readonly node: PyNode;
  readonly message: string;
}

export interface SynthQuery {
  readonly framework: 'django' | 'sqlalchemy';
  /** The SQL the ORM sends (parameters as `$n`). */
  readonly sql: string;
  /** Where findings are reported: the model name that starts the query, or the call that returned it. */
  readonly range: { readonly start: number; readonly end: number };
  readonly model: ResolvedModel;
  /** Where the query is evaluated (a terminal call, a loop): attributes the result to a statement. */
  readonly at: number;
  /** Quick-fix data: offsets in the checked document. */
  readonly fix: Readonly<Record<string, string | number>>;
  /** Where the query was created and refined, when that is elsewhere (becomes `Finding.related`). */
  readonly sites?: readonly Site[];
}

/** Quotes an identifier the way the ORMs do (always, doubling embedded quotes). */
export function qi(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}

export function tableRef(m: ResolvedModel): string {
  return m.schema ? `${qi(m.schema)}.${qi(m.table)}` : qi(m.table);
}

export function columnRef(m: ResolvedModel, column: string): string {
  return `${qi(m.table)}.${qi(column)}`;
}

/** Thrown inside a translation when the query cannot be seen completely (precision first). */
export class Unknown extends Error {
  constructor(why: string) {
    super(why);
  }
}
