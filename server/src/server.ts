// Language server entry point: wiring only. The behaviour lives in `lsp/session.ts`, the
// analysis in `engine/`. The transport (`--stdio`, `--node-ipc`, `--socket=`) comes from argv.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSession } from './lsp/session';

const connection = createConnection(ProposedFeatures.all);

// A bug must cost one answer, never the whole server: log it where the user can see it.
const report = (what: string) => (e: unknown) => connection.console.error(`Partition Lens: ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
process.on('uncaughtException', report('uncaught exception'));
process.on('unhandledRejection', report('unhandled rejection'));

startSession(connection);
connection.listen();
