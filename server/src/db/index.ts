/**
 * The database layer's public surface (plain modules, no `vscode`, no LSP). The client, the CLI
 * and tests import from here. Write-side modules add their exports below the read side.
 */
export * from './quote';
export * from './connection';
export * from './introspect';
export * from './health';
export * from './report';
