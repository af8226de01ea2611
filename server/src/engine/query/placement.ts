/**
 * Where a helper's statement is reported when what it runs comes from its callers (a builder, a
 * queryset or a relation passed in, a class method run on its receiver): issue 10's rule, the one
 * policy every host language applies. Hosts only translate: they find the helper's visible callers,
 * judge the statement with each caller's values (`runsVerdict`) and hand the verdicts here.
 *
 * - Every visible caller judged, all alike (one caller included): the statement runs the same way
 *   for each of them, so it is the helper's; it is reported inside, where it runs, and the callers
 *   that only call the helper are not sites.
 * - The verdicts differ: the helper is not at fault for every caller; each caller whose values
 *   scan is reported at its call, judged with its own values.
 * - No caller visible, or one that cannot be judged: nothing is decided from the callers (an unseen
 *   caller may pass anything), so nothing moves; the host keeps what it knows without them.
 */

/** What the planner makes of the statement with one caller's values (`runsVerdict`: '' when every path prunes), undefined when that caller cannot be judged. */
export type CallerVerdict = string | undefined;

export type Placement =
  /** Reported inside the helper with the callers' common verdict (nothing when it is '': every caller prunes). */
  | { readonly at: 'inside'; readonly verdict: string }
  /** Reported at the callers whose verdict scans (their indexes in the list given). */
  | { readonly at: 'callers'; readonly scanning: readonly number[] }
  /** Not decided from the callers. */
  | { readonly at: 'unseen' };

const UNSEEN: Placement = { at: 'unseen' };

/** Whether a verdict reports a finding (some path scans every partition). */
export function scans(verdict: string): boolean {
  return verdict !== '';
}

/** The placement of one statement of a helper, given each visible caller's verdict (in any order). */
export function placeByCallers(verdicts: readonly CallerVerdict[]): Placement {
  if (!verdicts.length || verdicts.some((v) => v === undefined)) return UNSEEN;
  const first = verdicts[0]!;
  if (verdicts.every((v) => v === first)) return { at: 'inside', verdict: first };
  const scanning: number[] = [];
  verdicts.forEach((v, i) => {
    if (scans(v!)) scanning.push(i);
  });
  return { at: 'callers', scanning };
}

/** Whether a statement is reported inside the helper with a finding (every caller judged alike, and it scans). */
export function reportedInside(p: Placement): boolean {
  return p.at === 'inside' && scans(p.verdict);
}
