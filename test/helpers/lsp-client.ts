/**
 * A minimal LSP client for tests and benchmarks: spawns the BUILT server (`dist/server.js --stdio`),
 * speaks real JSON-RPC over its stdio, answers `workspace/configuration` from a settings function,
 * records every publishDiagnostics, and waits for conditions by polling with a deadline.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export type SettingsFn = (scopeUri: string | undefined) => unknown;

export interface Publish extends PublishDiagnosticsParams {
  /** `performance.now()` when the notification arrived. */
  readonly at: number;
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

export class LspClient {
  readonly publishes: Publish[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly configurationScopes: (string | undefined)[] = [];
  readonly shown: string[] = [];
  settings: SettingsFn;
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    settings: SettingsFn,
  ) {
    this.settings = settings;
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push({ ...p, at: performance.now() });
    });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p);
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.shown.push(p.message);
    });
    connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => {
        this.configurationScopes.push(item.scopeUri);
        return this.settings(item.scopeUri);
      }),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shown.push(p.message);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
  }

  /** Spawns the server and completes initialize / initialized. */
  static async start(options: { folders: string[]; settings?: SettingsFn; env?: NodeJS.ProcessEnv; nodeArgs?: string[]; snippetEdits?: boolean }): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: ROOT, env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, options.settings ?? (() => ({})));
    return client.initialize(options);
  }

  /**
   * The server's session (`server/src/lsp/session.ts`, from source) in THIS process, over in-memory
   * streams: a test can register its own host module (`registerHost`) that the server then uses.
   * `stop()` disposes the server's connection (the LSP `exit` notification, which would end this
   * process, is not sent).
   */
  static async startInProcess(options: { folders: string[]; settings?: SettingsFn }): Promise<LspClient> {
    const { createConnection } = await import('vscode-languageserver/node');
    const { startSession } = await import('../../server/src/lsp/session');
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startSession(serverConnection);
    serverConnection.listen();
    const fake = Object.assign(new EventEmitter(), {
      stderr: new EventEmitter(),
      exitCode: null as number | null,
      pid: process.pid,
      kill(): boolean {
        if (fake.exitCode !== null) return true;
        serverConnection.dispose();
        toServer.end();
        toClient.end();
        fake.exitCode = 0;
        fake.emit('exit', 0);
        return true;
      },
    });
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const client = new LspClient(fake as unknown as ChildProcessWithoutNullStreams, connection, options.settings ?? (() => ({})));
    client.inProcess = true;
    return client.initialize(options);
  }

  private inProcess = false;

  private async initialize(options: { folders: string[]; snippetEdits?: boolean }): Promise<LspClient> {
    const { connection } = this;
    connection.listen();
    await connection.sendRequest('initialize', {
      // In-process, no parent-process watchdog (its interval timer would keep the test process alive).
      processId: this.inProcess ? null : process.pid,
      rootUri: options.folders[0] ? fileUri(options.folders[0]) : null,
      workspaceFolders: options.folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(options.snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return this;
  }

  open(uri: string, languageId: string, text: string, version = 1): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends a change and returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  replaceAll(uri: string, text: string): number {
    return this.change(uri, [{ text }]);
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } });
  }

  /** Tells the server settings changed (it then asks again through workspace/configuration). */
  settingsChanged(settings: SettingsFn): void {
    this.settings = settings;
    this.notify('workspace/didChangeConfiguration', { settings: null });
  }

  /** The latest publish for a document, if any. */
  latest(uri: string): Publish | undefined {
    for (let i = this.publishes.length - 1; i >= 0; i--) if (this.publishes[i]!.uri === uri) return this.publishes[i];
    return undefined;
  }

  /**
   * Polls until the latest publish for `uri` is for the document's current version (or a given
   * one) and satisfies `predicate`; fails with the last publish after the deadline.
   */
  async waitForDiagnostics(
    uri: string,
    predicate: (d: Diagnostic[]) => boolean = () => true,
    options: { version?: number; timeoutMs?: number; after?: number } = {},
  ): Promise<Diagnostic[]> {
    const version = options.version ?? this.version(uri);
    const after = options.after ?? 0;
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    for (;;) {
      const p = this.latest(uri);
      if (p && p.at >= after && (p.version === undefined || p.version === version) && predicate(p.diagnostics)) return p.diagnostics;
      if (this.child.exitCode !== null) throw new Error(`server exited (${this.child.exitCode}): ${this.stderr}`);
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for diagnostics of ${uri} v${version}; last: ${JSON.stringify(p)}\nlogs: ${this.logs.map((l) => l.message).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Polls an async condition until it returns a value (not undefined) or the deadline passes. */
  async until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Process id of the server (for CPU accounting in benchmarks). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  stderrText(): string {
    return this.stderr;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      if (this.inProcess) this.child.kill();
      else void this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    const exited = new Promise<void>((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', () => r())));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
