/**
 * One statement, one finding. A chain the file's own scan judges whole can be seen by the follow
 * pass too, when its client is a local a helper returned (`const db = dbOrTx(this.db, trx);
 * db.updateTable('comments')…execute()`): the pass follows the helper and judges the same chain
 * again, reported at the local. Such a run is dropped when it was built where a scanned query was
 * and the planner's verdict on both is the same; when the verdicts differ both stay, as before.
 */
import type { QueryRun } from '../../query/model';
import { toRun, type OrmQuery } from './sqlgen';

/** The span where a followed run's builder was made in this file, if it was made here. */
function builtHere(run: QueryRun): string | undefined {
  const built = run.related?.find((r) => r.kind === 'here' && r.message === 'query built here');
  if (built?.kind === 'here') return `${built.start}:${built.end}`;
  if (run.related?.length) return undefined;
  const at = run.alternatives[0]?.from.at;
  return at ? `${at.start}:${at.end}` : undefined;
}

/** `followed` without the runs that repeat a scanned query with the same verdict. */
export function withoutScanDuplicates(followed: readonly QueryRun[], scanned: readonly OrmQuery[], verdict: (runs: readonly QueryRun[]) => string): QueryRun[] {
  if (!followed.length || !scanned.length) return [...followed];
  const bySpan = new Map<string, OrmQuery>();
  for (const q of scanned) bySpan.set(`${q.model.from.at.start}:${q.model.from.at.end}`, q);
  return followed.filter((run) => {
    const key = builtHere(run);
    const q = key === undefined ? undefined : bySpan.get(key);
    return !q || verdict([run]) !== verdict([toRun(q)]);
  });
}
