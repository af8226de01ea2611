/**
 * The status-bar item that names the active connection; clicking it switches connections.
 */
import * as vscode from 'vscode';
import type { ConnectionManager } from './connections/manager';

export class ConnectionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('partitionLens.connection', vscode.StatusBarAlignment.Left, 50);
  private readonly sub: { dispose(): void };

  constructor(private readonly connections: ConnectionManager) {
    this.item.name = 'Partition Lens connection';
    this.item.command = 'partitionLens.setActiveConnection';
    this.sub = connections.onDidChange(() => this.update());
    this.update();
  }

  update(): void {
    const entries = this.connections.list();
    const active = this.connections.activeEntry();
    if (entries.length === 0) {
      this.item.hide();
      return;
    }
    if (active && active.state === 'connected') {
      this.item.text = `$(database) ${active.profile.name}`;
      this.item.tooltip = `Partition Lens: connected to ${active.label} — the linter uses this database's catalog. Click to switch.`;
      this.item.backgroundColor = undefined;
    } else if (active && active.state === 'error') {
      this.item.text = `$(error) ${active.profile.name}`;
      this.item.tooltip = `Partition Lens: ${active.error ?? 'connection failed'} — click to switch or use Reconnect in the explorer.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (active && active.state === 'connecting') {
      this.item.text = `$(loading~spin) ${active.profile.name}`;
      this.item.tooltip = `Partition Lens: connecting to ${active.label}…`;
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = '$(debug-disconnect) Partition Lens';
      this.item.tooltip = 'Partition Lens: no active database connection (the linter uses workspace DDL). Click to connect.';
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    this.sub.dispose();
    this.item.dispose();
  }
}
