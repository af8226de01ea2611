/**
 * The analysis result for one reference to a partitioned table. The rules turn verdicts into
 * findings; the language server and the CLI only ever see findings.
 */
import type { PartitionedTable } from '../catalog/model';
import type { OffsetRange } from '../sql/parse';

/**
 * `runtime-only`: the key is constrained only by values known at execution (another relation's
 * column, an outer query's column, a subquery's result), so only run-time pruning can apply.
 */
export type PruneVerdict = 'prunable' | 'missing' | 'not-prunable' | 'runtime-only';

export interface TableReferenceVerdict {
  /** The partitioned table the reference resolves to. */
  readonly table: PartitionedTable;
  /** Display name, e.g. `public.leads`. */
  readonly tableName: string;
  /** Document range of the (qualified) table name in FROM / JOIN / UPDATE / DELETE / MERGE. */
  readonly range: OffsetRange;
  /** Parser byte location of the reference inside its statement (identifies it within the statement). */
  readonly location: number;
  /** The alias, when the query gives one. */
  readonly alias?: string;
  /** What qualifies the table's columns in this query: the alias, else the table name as written. */
  readonly qualifier: string;
  readonly verdict: PruneVerdict;
  /**
   * Why, as a sentence fragment: `has no condition on created_at`,
   * `created_at is wrapped in date(), which hides the key from PostgreSQL`, or why it prunes.
   */
  readonly reason: string;
  /** Where a ` WHERE …` (mode `where`) or ` AND …` (mode `and`) can be inserted for this reference. */
  readonly insertAt?: { readonly offset: number; readonly mode: 'and' | 'where' };
  /**
   * For `runtime-only`: where the run-time value comes from. `initplan`: uncorrelated scalar
   * subqueries, evaluated once before the scan, so execution always prunes; `join`: another
   * relation's or the outer query's column, pruned only under a parameterized nested loop.
   */
  readonly runtime?: 'initplan' | 'join';
  /** The kind of statement the reference is in. */
  readonly statement: 'select' | 'insert' | 'update' | 'delete' | 'merge' | 'other';
}
