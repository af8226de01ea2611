// Language server entry point: wiring only. The behaviour lives in `lsp/session.ts`, the
// analysis in `engine/`. The transport (`--stdio`, `--node-ipc`, `--socket=`) comes from argv.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSession } from './lsp/session';

const connection = createConnection(ProposedFeatures.all);
startSession(connection);
connection.listen();
