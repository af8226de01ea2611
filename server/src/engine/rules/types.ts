/** What every rule module exports: metadata and a check over one table-reference verdict. */
import type { TableReferenceVerdict } from '../analysis/verdict';
import type { Finding, RuleId, Severity } from '../finding';

export interface RuleMeta {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  readonly title: string;
  readonly description: string;
  /** Path of the rule's documentation, relative to the repository root. */
  readonly docs: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(verdict: TableReferenceVerdict): Finding | undefined;
}
