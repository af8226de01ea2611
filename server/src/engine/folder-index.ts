/**
 * The host indexes of one workspace folder (or one CLI run root): one `HostIndex` per host module
 * that implements `createIndex()`. Hosts without it keep today's process-wide model index
 * (`HostModule.indexFile/removeFile`), which this class feeds as a fallback, so callers program
 * against one interface whatever the hosts support.
 */
import type { CatalogView } from './catalog/model';
import { documentKind } from './check';
import { allHosts } from './host/index';
import type { HostIndex, HostModule } from './host/types';

/** Whether a host module wants to index this file (`claimsFile`, or the same language). */
export function hostClaims(h: HostModule, fileName: string): boolean {
  return h.claimsFile ? h.claimsFile(fileName) : documentKind(fileName) === h.language;
}

export class FolderIndexes {
  private readonly byHost = new Map<HostModule, HostIndex>();

  /** Creates the indexes of every loaded host module (call after `loadEngine()`). */
  constructor() {
    for (const h of allHosts()) {
      if (!h.createIndex) continue;
      try {
        this.byHost.set(h, h.createIndex());
      } catch {
        // A host that cannot make an index works like a host without one (its check sees no index).
      }
    }
  }

  /** The index a host module's `check` receives, when it has one. */
  indexFor(host: HostModule | undefined): HostIndex | undefined {
    return host ? this.byHost.get(host) : undefined;
  }

  /** Whether any host indexes this file (per-folder index or the process-wide fallback). */
  wants(fileName: string): boolean {
    return allHosts().some((h) => (this.byHost.has(h) || h.indexFile !== undefined) && hostClaims(h, fileName));
  }

  /**
   * Whether a host without a per-folder index claims this file: its models live in the host's
   * process-wide index, whose dependents are unknown, so every open document must be re-checked.
   */
  claimedByLegacy(fileName: string): boolean {
    return allHosts().some((h) => !this.byHost.has(h) && h.indexFile !== undefined && hostClaims(h, fileName));
  }

  /**
   * Learns (or re-learns) a file in every host that claims it. Returns one message per host that
   * failed (the contract says `indexFile` never throws; a host that does anyway is reported, and
   * the other hosts still learn the file).
   */
  indexFile(fileName: string, text: string): string[] {
    const problems: string[] = [];
    for (const h of allHosts()) {
      if (!hostClaims(h, fileName)) continue;
      const index = this.byHost.get(h);
      try {
        if (index) index.indexFile(fileName, text);
        else h.indexFile?.(fileName, text);
      } catch (e) {
        problems.push(`${h.language} index: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return problems;
  }

  /** Forgets a file everywhere (deleted, renamed or now out of scope). */
  removeFile(fileName: string): string[] {
    const problems: string[] = [];
    for (const h of allHosts()) {
      const index = this.byHost.get(h);
      try {
        if (index) index.removeFile(fileName);
        else h.removeFile?.(fileName);
      } catch (e) {
        problems.push(`${h.language} index: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return problems;
  }

  /**
   * A checked file will not be checked again soon (the CLI after each file): hosts drop what they
   * cached only to re-check it quickly. What the indexes know about the file stays. Never throws.
   */
  documentClosed(fileName: string): void {
    for (const h of allHosts()) {
      if (!h.documentClosed || !hostClaims(h, fileName)) continue;
      try {
        h.documentClosed(fileName, this.byHost.get(h));
      } catch {
        // Only a cache is lost.
      }
    }
  }

  /** Files whose findings may change when `fileName` changes, over every host index (never throws). */
  dependentsOf(fileName: string): string[] {
    const out = new Set<string>();
    for (const index of this.byHost.values()) {
      try {
        for (const d of index.dependentsOf?.(fileName) ?? []) if (d !== fileName) out.add(d);
      } catch {
        // A host that cannot answer has no known dependents; the edited file is still checked.
      }
    }
    return [...out];
  }

  /** Changes whenever one of the indexes changes (sum of their generations). */
  get generation(): number {
    let g = 0;
    for (const index of this.byHost.values()) g += index.generation;
    return g;
  }

  /**
   * The host's cheap pre-filter: false when the file cannot reach a partitioned table, so it is
   * skipped without a parse. `mightReach` when the host has it; for a host with a per-folder
   * index but no `mightReach`, nothing is skipped (only the host knows what its index makes
   * reachable); otherwise `mightContainDatabaseCode`, which such hosts' `check` applies anyway.
   */
  mightReach(host: HostModule, text: string, context?: { readonly catalog?: CatalogView; readonly fileName?: string }): boolean {
    const index = this.byHost.get(host);
    if (host.mightReach) return host.mightReach(text, index, context);
    if (index) return true;
    return host.mightContainDatabaseCode(text);
  }
}
