/**
 * The database layer's public surface (plain modules, no `vscode`, no LSP). The client, the CLI
 * and tests import from here. Write-side modules add their exports below the read side.
 */
export * from './quote';
export * from './connection';
export * from './introspect';
export * from './health';
export * from './report';
// Write side: periods, plans, their execution, Explain Pruning, the maintain policy and the
// conversion generator. Plans keep their own table/bound parsers (names below avoid clashes).
export * from './periods';
export {
  buildArchivePlans,
  buildCreateHashPlan,
  buildCreatePartitionPlan,
  buildCreateUpcomingPlan,
  buildDetachPlan,
  formatSizesMarkdown,
  loadTarget,
  partitionSizes,
  planToSql,
  PlanError,
  suggestPartitionName,
  type ArchiveMode,
  type ArchivePlans,
  type CreatePartitionInput,
  type Plan,
  type PlanStatement,
  type SizesReport,
  type TargetTable,
} from './plan';
export { executePlan, PlanExecutionError, type ExecuteOptions, type ExecuteProgress, type ExecuteResult } from './execute';
export { explainPruning, formatPruning, type StatementPruning, type TablePruning } from './explain';
export { buildMaintainPlans, loadPolicyFile, parsePolicy, PolicyError, type Policy, type TablePolicy } from './policy';
export { buildConvertMigration, type ConvertOptions, type ConvertResult } from './convert';
