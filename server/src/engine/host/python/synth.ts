/**
 * What ORM translation produces: query runs in the shared query model (`engine/query`), each
 * with the top-level statement it belongs to and the places that explain it. Rendering, judging,
 * ranges and fix data come from `engine/query`; this module holds the Python host's few helpers
 * for building models.
 */
import { moveModel, type Pred, type QueryModel, type QueryRun, type Span, type TableName } from '../../query/model';
import { SqlText } from '../../query/sqltext';
import type { PyNode, PyTree } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import type { PythonIndex } from './workspace';

/** What a translator checking one document is given (SQLAlchemy and Django alike). */
export interface PyCheckCtx {
  readonly models: ModelIndex;
  readonly py: PythonIndex;
  /** The tree of the document being checked: findings are reported in it. */
  readonly checked: PyTree;
  /** What the planner makes of runs (`runsVerdict`), when the check has a catalog: compares a helper's callers. */
  readonly verdict?: (runs: readonly PyRun[]) => string;
}

/** A place in some parsed tree (this file or another) that explains a finding. */
export interface Site {
  readonly tree: PyTree;
  readonly node: PyNode;
  readonly message: string;
}

/** A query run found while checking a document, before its sites become `related` locations. */
export interface PyRun {
  readonly run: Omit<QueryRun, 'related' | 'also'>;
  /** Where the query was created and refined, when that is elsewhere. */
  readonly sites: readonly Site[];
  /** Where the query is evaluated (a terminal call, a loop): attributes the run to a statement. */
  readonly at: number;
  /** The main table's model (the quick fix names its key field). */
  readonly model: ResolvedModel;
  /** Further statements the same evaluation sends (`prefetch_related`). */
  readonly also?: readonly PyRun[];
}

/** Thrown inside a translation when the query cannot be seen completely (precision first). */
export class Unknown extends Error {
  constructor(why: string) {
    super(why);
  }
}

export function tableOf(m: ResolvedModel): TableName {
  return m.schema ? { schema: m.schema, name: m.table } : { name: m.table };
}

/** Until a query is placed (`placed`), its spans point nowhere. */
export const NOWHERE: Span = { start: 0, end: 0 };

/** A condition the translator writes as SQL text (transforms, LIKE, expressions). */
export function rawPred(sql: string): Pred {
  return { k: 'raw', sql: new SqlText(NOWHERE).synth(sql) };
}

/** AND of conditions (undefined for none). */
export function andPred(parts: readonly Pred[]): Pred | undefined {
  if (parts.length <= 1) return parts[0];
  return { k: 'and', parts };
}

export function placed(q: QueryModel, at: Span): QueryModel {
  return moveModel(q, () => at);
}

/**
 * The runs of one evaluation translated once per path (`branches.ts`) as one run whose
 * alternatives are the paths; place, sites and fix data are the first path's (no `if` taken).
 */
export function mergeAlternatives(paths: readonly (readonly PyRun[])[]): PyRun {
  const first = paths[0]![0]!;
  const alternatives = paths.flatMap((p) => p[0]?.run.alternatives ?? []);
  return { ...first, run: { ...first.run, alternatives } };
}
