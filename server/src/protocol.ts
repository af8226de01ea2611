/**
 * Messages between the VS Code client and the language server, declared once here and
 * imported by both sides. This module must stay free of `vscode` and of server-only code.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PartitionedTable } from './engine/catalog/model';

/** Language id / file patterns the server analyses. */
export const DOCUMENT_LANGUAGES = ['sql', 'ruby', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'] as const;

/** Diagnostic `source` shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'partition-lens';

export interface LiveCatalogParams {
  /** Connection id the catalog came from; `null` clears the live catalog. */
  readonly connectionId: string | null;
  /** Display label of the connection (no password), for hovers. */
  readonly label?: string;
  /** The partitioned tables of the connected database, in the shared model. */
  readonly tables: readonly PartitionedTable[];
  /** `search_path` of the connection, for resolving unqualified names. */
  readonly searchPath?: readonly string[];
  /** `server_version_num` of the connected server: a few pruning rules differ between majors. */
  readonly serverVersionNum?: number;
}

/**
 * Client → server: the partition catalog read from the active database connection.
 * While set, diagnostics use it; tables learned from workspace DDL remain the fallback
 * for tables the database does not have.
 */
export const LiveCatalogNotification = new NotificationType<LiveCatalogParams>('partitionLens/liveCatalog');

export interface CatalogSummaryResult {
  readonly tables: readonly { readonly name: string; readonly strategy: string; readonly key: string; readonly partitions: number; readonly source: string }[];
}

/** Client → server: the tables the server currently knows (for status and tests). */
export const CatalogSummaryRequest = new RequestType<void, CatalogSummaryResult, void>('partitionLens/catalogSummary');

/** What the database ran, from the pruning audit: statements that scanned every partition. */
export interface RuntimeEvidenceParams {
  /** Label of the connection the audit read (for the message). */
  readonly connection: string;
  readonly statements: readonly {
    /** The statement's pruning-relevant shape (`engine/evidence.ts` statementShape). */
    readonly shape: string;
    readonly calls: number;
    readonly totalMs: number;
  }[];
}

/** Client → server after an audit: findings whose SQL has one of these shapes say so. */
export const RuntimeEvidenceNotification = new NotificationType<RuntimeEvidenceParams>('partitionLens/runtimeEvidence');
