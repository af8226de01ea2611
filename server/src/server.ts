// Language server entry point: wiring only (owned by the LSP work; see ARCHITECTURE.md).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: {} }));
connection.listen();
